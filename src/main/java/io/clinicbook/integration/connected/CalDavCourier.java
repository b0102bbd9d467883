package io.clinicbook.integration.connected;

import io.clinicbook.integration.outbound.PinnedHttp;
import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.Courier;
import io.clinicbook.integration.outbox.Delivery;
import io.clinicbook.integration.outbox.OutboxMessage;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes visits into practitioners' CalDAV calendars: a visit that holds time is PUT under a stable name with
 * its UID (If-None-Match: * the first time, If-Match on the ETag last answered after), one that no longer does is
 * DELETEd (If-Match). A 412 means the practitioner changed the event since: it is not overwritten, and the message
 * ends SKIPPED with the conflict in the delivery log. Other failures are retried like webhooks.
 */
@ApplicationScoped
class CalDavCourier implements Courier {

    private static final Logger LOG = Logger.getLogger(CalDavCourier.class);

    @Inject
    CalendarFetch http;
    @Inject
    VisitRecords records;
    @Inject
    CalendarsConfig config;

    @Override
    public Channel channel() {
        return Channel.CALDAV;
    }

    @Override
    public Duration longestAttempt() {
        return config.connectTimeout().plus(config.readTimeout()).plusSeconds(1);
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        VisitRecords.Write write = records.write(message).orElse(null);
        if (write == null) {
            return Delivery.skipped("The calendar was removed, paused or no longer takes visits");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", CalendarFetch.basic(write.username(), write.password()));
        if (write.etag() != null) {
            headers.put("If-Match", write.etag());
        }
        URI resource = URI.create(write.calendarUrl().endsWith("/") ? write.calendarUrl() : write.calendarUrl() + "/").resolve(write.name());
        try {
            if (write.file() == null) {
                if (write.etag() == null) {
                    return Delivery.skipped("The visit is not in the calendar");
                }
                PinnedHttp.Answer answer = http.send(HttpMethod.DELETE, resource, headers, null);
                if (answer.status() == 412) {
                    return conflict(message);
                }
                if (answer.status() / 100 != 2 && answer.status() != 404) {
                    return Delivery.failed(answer.status(), "The calendar server answered HTTP " + answer.status());
                }
                records.removed(write.calendarId(), message.appointmentId);
                return Delivery.delivered(answer.status());
            }
            if (write.etag() == null) {
                headers.put("If-None-Match", "*");
            }
            headers.put("Content-Type", "text/calendar; charset=utf-8");
            PinnedHttp.Answer answer = http.send(HttpMethod.PUT, resource, headers, write.file());
            if (answer.status() == 412) {
                return conflict(message);
            }
            if (answer.status() / 100 != 2) {
                return Delivery.failed(answer.status(), "The calendar server answered HTTP " + answer.status());
            }
            records.written(write.calendarId(), message.appointmentId, answer.headers().get("ETag"));
            return Delivery.delivered(answer.status());
        } catch (Unreadable e) {
            return Delivery.failed(null, e.getMessage());
        }
    }

    private static Delivery conflict(OutboxMessage message) {
        LOG.warnf("Visit %s was changed in the practitioner's calendar since it was written; not overwritten", message.appointmentReference);
        return Delivery.skipped("Conflict: the event was changed in the calendar since the service wrote it (HTTP 412 on If-Match); "
                + "not overwritten");
    }
}
