package io.clinicbook.integration.connected;

import io.clinicbook.integration.outbound.PinnedHttp;
import io.clinicbook.integration.webhook.TargetGuard;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a connected calendar over the guarded outbound HTTP: the host resolved once and checked by the
 * webhooks' {@link TargetGuard}, the checked address connected to ({@link PinnedHttp}), no redirects, and at
 * most {@code clinic.calendars.max-bytes} read. A subscription is asked with If-None-Match and
 * If-Modified-Since; a CalDAV collection's getctag (or ETag) is compared before its events are asked for.
 */
@ApplicationScoped
class CalendarFetch {

    /** What a read found: nothing new since the tags sent, or the calendar texts and the tags to send next time. */
    record Fetched(boolean unchanged, List<String> calendars, String etag, String lastModified) {
    }

    /** A calendar as the fetch needs it; {@code etag}/{@code lastModified} null for an unconditional read. */
    record Source(CalendarKind kind, URI url, String username, String password, String etag, String lastModified) {
    }

    @Inject
    TargetGuard guard;
    @Inject
    PinnedHttp http;
    @Inject
    CalendarsConfig config;

    Fetched read(Source source, Instant from, Instant until) throws Unreadable {
        return source.kind() == CalendarKind.ICS ? subscription(source) : caldav(source, from, until);
    }

    private Fetched subscription(Source source) throws Unreadable {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "text/calendar");
        if (source.etag() != null) {
            headers.put("If-None-Match", source.etag());
        }
        if (source.lastModified() != null) {
            headers.put("If-Modified-Since", source.lastModified());
        }
        PinnedHttp.Answer answer = send(HttpMethod.GET, source.url(), headers, null);
        if (answer.status() == 304) {
            return new Fetched(true, List.of(), source.etag(), source.lastModified());
        }
        expect(answer, 200, "url");
        String text = answer.body().toString(StandardCharsets.UTF_8);
        if (!text.stripLeading().replace("\uFEFF", "").regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw new Unreadable("The url answered something that is not iCalendar ("
                    + java.util.Objects.requireNonNullElse(answer.headers().get("Content-Type"), "no Content-Type") + ").");
        }
        return new Fetched(false, List.of(text), answer.headers().get("ETag"), answer.headers().get("Last-Modified"));
    }

    private Fetched caldav(Source source, Instant from, Instant until) throws Unreadable {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", basic(source.username(), source.password()));
        headers.put("Content-Type", "application/xml; charset=utf-8");
        headers.put("Depth", "0");
        PinnedHttp.Answer collection = send(HttpMethod.PROPFIND, source.url(), headers, CalDav.PROPFIND);
        expect(collection, 207, "password");
        CalDav.Collection found = CalDav.collection(collection.body().toString(StandardCharsets.UTF_8));
        if (!found.calendar()) {
            throw new Unreadable("The url is not a CalDAV calendar collection (its resourcetype has no calendar).");
        }
        if (found.tag() != null && found.tag().equals(source.etag())) {
            return new Fetched(true, List.of(), source.etag(), null);
        }
        headers.put("Depth", "1");
        PinnedHttp.Answer events = send(HttpMethod.REPORT, source.url(), headers, CalDav.query(from, until));
        expect(events, 207, "password");
        return new Fetched(false, CalDav.calendarData(events.body().toString(StandardCharsets.UTF_8)), found.tag(), null);
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One guarded request: refused before connecting when the address is not allowed; the body cut at the size limit. */
    PinnedHttp.Answer send(HttpMethod method, URI url, Map<String, String> headers, String body) throws Unreadable {
        TargetGuard.Verdict verdict = guard.check(url);
        if (verdict.address() == null) {
            throw new Unreadable(verdict.refusal());
        }
        headers.putIfAbsent("User-Agent", "clinic-booking (practitioner calendar)");
        PinnedHttp.Answer answer;
        try {
            answer = http.send(method, url, verdict.address(), headers, body,
                    new PinnedHttp.Timeouts(config.connectTimeout(), config.readTimeout()), config.maxBytes() + 1);
        } catch (PinnedHttp.NoAnswer e) {
            throw new Unreadable("The calendar server did not answer: " + e.getMessage() + ".");
        }
        if (answer.body().length() > config.maxBytes()) {
            throw new Unreadable("The calendar is larger than " + config.maxBytes() / (1024 * 1024) + " MB, the most this service reads.");
        }
        return answer;
    }

    private static void expect(PinnedHttp.Answer answer, int status, String credentialsField) throws Unreadable {
        int got = answer.status();
        if (got == status) {
            return;
        }
        if (got == 401 || got == 403) {
            throw new Unreadable(credentialsField, "The calendar server refused the credentials (HTTP " + got + "): check the user name "
                    + "and app password, or the secret address.");
        }
        if (got == 404) {
            throw new Unreadable("The calendar server has no calendar at the url (HTTP 404).");
        }
        if (got >= 300 && got < 400) {
            throw new Unreadable("The url redirects (HTTP " + got + "); give the address it redirects to.");
        }
        throw new Unreadable("The calendar server answered HTTP " + got + ".");
    }
}
