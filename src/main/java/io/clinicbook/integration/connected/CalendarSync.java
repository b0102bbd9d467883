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
import java.util.UUID;
import io.quarkus.runtime.configuration.DurationConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads connected calendars: every {@code clinic.calendars.sync-interval} each active one, or one on demand. The
 * read happens outside any transaction; what it found is recorded by {@link BusyRecords}. A failed read keeps the
 * busy time last read and records the reason for staff; past {@code clinic.calendars.stale-after} without a
 * success the practitioner's time is withheld. Busy time is read from the start of yesterday (clinic-local)
 * to {@code clinic.calendars.days-ahead} days ahead; a read whose window moved on by a day is made whole again.
 * Every instance runs the schedule; a lease on the calendar's row lets one of them read it at a time.
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

    /** This instance, in the leases it takes. */
    private final String instance = "calendars-" + UUID.randomUUID();

    @Scheduled(every = "${clinic.calendars.sync-interval:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void syncAll() {
        Duration interval = DurationConverter.parseDuration(config.syncInterval());
        for (Long id : records.activeIds()) {
            sync(id, clock.instant().minus(interval).plusSeconds(1));
        }
    }

    /** Reads the calendar now and records what was seen; false when the read failed (the reason is in its status). */
    boolean sync(long calendarId) {
        return sync(calendarId, null);
    }

    /**
     * Reads the calendar unless another instance is reading it (one read per calendar at a time, with a lease as
     * long as the longest read) or, when {@code dueBefore} is given, it was tried since.
     */
    private boolean sync(long calendarId, Instant dueBefore) {
        Instant now = clock.instant();
        Duration lease = config.connectTimeout().plus(config.readTimeout()).multipliedBy(2).plusSeconds(30);
        if (!records.claim(calendarId, instance, now, now.plus(lease), dueBefore)) {
            return false;
        }
        ConnectedCalendar calendar = records.find(calendarId);
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
        } catch (RuntimeException e) {
            LOG.errorf("Reading connected calendar %d failed: %s", calendarId, e.getClass().getName());
            records.failed(calendarId, "Reading the calendar failed unexpectedly; see the service's log.", now);
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
