package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.BusyTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The part of {@link HeldTime}'s one statement that reads the practitioners' own calendars (integration.connected):
 * a branch for the busy intervals of their active calendars, and one that marks a practitioner whose active
 * calendar has not been read successfully within {@code clinic.calendars.stale-after}, whose time is then withheld.
 * Each row's last column says what it is.
 */
@ApplicationScoped
class CalendarBusy {

    /** The kind of a row: an appointment's held time. */
    static final int APPOINTMENT = 0;
    private static final int BUSY = 1;
    private static final int STALE = 2;

    static final String SQL = " union all select b.practitioner_id, cast(extract(epoch from b.starts_at) as bigint),"
            + " cast(extract(epoch from b.ends_at) as bigint), " + BUSY + " from calendar_busy b"
            + " join connected_calendar c on c.id = b.calendar_id"
            + " where b.practitioner_id = any(?) and c.active and b.ends_at > ? and b.starts_at < ?"
            + " union all select practitioner_id, 0, 0, " + STALE + " from connected_calendar"
            + " where practitioner_id = any(?) and active and (last_success_at is null or last_success_at < ?)";

    @Inject
    Clock clock;
    @ConfigProperty(name = "clinic.calendars.stale-after", defaultValue = "30m")
    Duration staleAfter;

    /** Binds the branches' parameters from {@code index} on: the practitioners, the range [from, until), the staleness bound. */
    void bind(PreparedStatement query, int index, Connection connection, Collection<Long> practitioners, Instant from, Instant until)
            throws SQLException {
        query.setArray(index, connection.createArrayOf("bigint", practitioners.toArray()));
        query.setObject(index + 1, from.atOffset(ZoneOffset.UTC));
        query.setObject(index + 2, until.atOffset(ZoneOffset.UTC));
        query.setArray(index + 3, connection.createArrayOf("bigint", practitioners.toArray()));
        query.setObject(index + 4, clock.instant().minus(staleAfter).atOffset(ZoneOffset.UTC));
    }

    static void add(BusyTime.Builder held, int kind, long start, long end) {
        switch (kind) {
            case BUSY -> held.addElsewhere(start, end);
            case STALE -> held.withhold();
            default -> held.add(start, end);
        }
    }
}
