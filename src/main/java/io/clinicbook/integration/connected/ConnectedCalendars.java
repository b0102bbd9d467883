package io.clinicbook.integration.connected;

import io.clinicbook.catalog.Catalogue;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.integration.outbox.SecretBox;
import io.clinicbook.integration.webhook.TargetGuard;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import io.clinicbook.support.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Staff's management of a practitioner's own calendars. Connecting one reads it first (outside any transaction):
 * a calendar that cannot be read is a 400 naming the field to blame, never a silently empty calendar.
 */
@ApplicationScoped
class ConnectedCalendars {

    @Inject
    Catalogue catalogue;
    @Inject
    TargetGuard guard;
    @Inject
    SecretBox secrets;
    @Inject
    CalendarSync sync;
    @Inject
    BusyRecords records;
    @Inject
    CalendarsConfig config;
    @Inject
    Clock clock;

    CalendarView add(String slug, CalendarRequest request) {
        Practitioner practitioner = practitioner(slug);
        URI url = guard.checkNew(webcalAsHttps(request.url()), "give the user name and password in their own fields");
        String username = Text.trimmedOrNull(request.username());
        String password = request.password() == null || request.password().isEmpty() ? null : request.password();
        if (request.kind() == CalendarKind.CALDAV && username == null) {
            throw new InvalidParameter("username", "A CalDAV calendar needs the user name to sign in with.");
        }
        if (request.kind() == CalendarKind.ICS && Boolean.TRUE.equals(request.writeVisits())) {
            throw new InvalidParameter("writeVisits", "Visits can be written into a CalDAV calendar only; a subscription is read only.");
        }
        if (request.kind() == CalendarKind.CALDAV && password == null) {
            throw new InvalidParameter("password", "A CalDAV calendar needs an app password to sign in with.");
        }
        Instant now = clock.instant();
        CalendarSync.Read read;
        try {
            read = sync.read(new CalendarFetch.Source(request.kind(), url, username, password, null, null), now);
        } catch (Unreadable e) {
            throw new InvalidParameter(e.field(), "The calendar could not be read: " + e.getMessage());
        }
        ConnectedCalendar calendar = new ConnectedCalendar();
        calendar.practitionerId = practitioner.id;
        calendar.kind = request.kind();
        calendar.url = url.toString();
        calendar.username = request.kind() == CalendarKind.CALDAV ? username : null;
        calendar.password = request.kind() == CalendarKind.CALDAV ? secrets.seal(password) : null;
        calendar.description = Text.trimmedOrNull(request.description());
        calendar.active = true;
        calendar.writesVisits = request.kind() == CalendarKind.CALDAV && Boolean.TRUE.equals(request.writeVisits());
        return view(records.created(calendar, read.fetched(), read.busy(), now), slug);
    }

    @Transactional
    List<CalendarView> list(String slug) {
        return ConnectedCalendar.of(practitioner(slug).id).stream().map(c -> view(c, slug)).toList();
    }

    @Transactional
    CalendarView get(String slug, long id) {
        return view(find(slug, id), slug);
    }

    CalendarView pause(String slug, long id) {
        records.activate(find(slug, id).id, false);
        return get(slug, id);
    }

    /** Resumes and reads the calendar at once, so that its time is offered again as soon as it is up to date. */
    CalendarView resume(String slug, long id) {
        records.activate(find(slug, id).id, true);
        return syncNow(slug, id);
    }

    CalendarView syncNow(String slug, long id) {
        find(slug, id);
        sync.sync(id);
        return get(slug, id);
    }

    void remove(String slug, long id) {
        records.remove(find(slug, id).id);
    }

    /** Apple and others hand subscriptions out as webcal://, which calendar apps read over https. */
    private static String webcalAsHttps(String url) {
        String trimmed = url.trim();
        return trimmed.regionMatches(true, 0, "webcal://", 0, 9) ? "https://" + trimmed.substring(9) : trimmed;
    }

    private CalendarView view(ConnectedCalendar calendar, String slug) {
        return CalendarView.of(calendar, slug, clock.instant().minus(config.staleAfter()));
    }

    private Practitioner practitioner(String slug) {
        return catalogue.practitioner(slug);
    }

    private ConnectedCalendar find(String slug, long id) {
        ConnectedCalendar calendar = records.find(id);
        if (calendar == null || !calendar.practitionerId.equals(practitioner(slug).id)) {
            throw new NotFound("The practitioner has no connected calendar " + id + ".");
        }
        return calendar;
    }
}
