package io.clinicbook.integration.connected;

import io.clinicbook.clinic.ClinicService;
import io.clinicbook.integration.outbox.SecretBox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads connected calendars: every {@code clinic.calendars.sync-interval} each active one, or one on demand. The
 * read happens outside any transaction; what it found is recorded by {@link BusyRecords}. A failed read keeps the
 * busy time last read and records the reason for staff; past {@code clinic.calendars.stale-after} without a
 * success the practitioner's time is withheld. Busy time is read from the start of yesterday (clinic-local)
 * to {@code clinic.calendars.days-ahead} days ahead; a read whose window moved on by a day is made whole again.
 */
@ApplicationScoped
class CalendarSync {

    private static final Logger LOG = Logger.getLogger(CalendarSync.class);

    @Inject
    CalendarFetch fetch;
    @Inject
    BusyRecords records;
    @Inject
    CalendarsConfig config;
    @Inject
    SecretBox secrets;
    @Inject
    ClinicService clinics;
    @Inject
    Clock clock;
    @ConfigProperty(name = "clinic.calendar.uid-domain", defaultValue = "appointments.clinicbook.io")
    String uidDomain;

    @Scheduled(every = "${clinic.calendars.sync-interval:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void syncAll() {
        for (Long id : records.activeIds()) {
            sync(id);
        }
    }

    /** Reads the calendar now and records what was seen; false when the read failed (the reason is in its status). */
    boolean sync(long calendarId) {
        Instant now = clock.instant();
        ConnectedCalendar calendar = records.find(calendarId);
        if (calendar == null) {
            return false;
        }
        boolean whole = calendar.expandedAt == null || calendar.expandedAt.isBefore(now.minus(Duration.ofDays(1)));
        CalendarFetch.Source source = source(calendar, !whole);
        try {
            Read read = read(source, now);
            records.succeeded(calendarId, read.fetched(), read.busy(), now);
            return true;
        } catch (Unreadable e) {
            LOG.infof("Connected calendar %d could not be read: %s", calendarId, e.getMessage());
            records.failed(calendarId, e.getMessage(), now);
            return false;
        }
    }

    /** What one read found: the fetch, and the busy time expanded from it (null when unchanged). */
    record Read(CalendarFetch.Fetched fetched, List<BusyExpansion.Interval> busy) {
    }

    /** Fetches and expands without recording anything: for a calendar being connected. */
    Read read(CalendarFetch.Source source, Instant now) throws Unreadable {
        ZoneId zone = ZoneId.of(clinics.settings().timeZone());
        Instant from = LocalDate.ofInstant(now, zone).minusDays(1).atStartOfDay(zone).toInstant();
        Instant until = now.plus(Duration.ofDays(config.daysAhead()));
        CalendarFetch.Fetched fetched = fetch.read(source, from, until);
        if (fetched.unchanged()) {
            return new Read(fetched, null);
        }
        return new Read(fetched, new BusyExpansion(zone, uidDomain, config.maxEvents(), config.maxEvents()).busy(fetched.calendars(), from, until));
    }

    CalendarFetch.Source source(ConnectedCalendar calendar, boolean conditional) {
        return new CalendarFetch.Source(calendar.kind, URI.create(calendar.url), calendar.username,
                calendar.password == null ? null : secrets.open(calendar.password),
                conditional ? calendar.etag : null, conditional ? calendar.lastModified : null);
    }
}
