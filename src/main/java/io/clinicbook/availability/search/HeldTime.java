package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.BusyTime;
import io.clinicbook.availability.engine.WallClock;
import io.clinicbook.catalog.ServiceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The one definition of the time appointments hold, read by the slot search and by booking alike:
 * appointments in one of the {@link #HOLDING_STATUSES} keep [blocked_from, blocked_until)
 * from others. PostgreSQL's exclusion constraint (V6_1) states the same rule; a test compares them.
 * Open waitlist offers ({@code booking.waitlist}) hold their time in the same way, in the same statement
 * ({@link #OPEN_OFFERS}).
 * The practitioner's own connected calendars (integration.connected) hold time too, kept apart in
 * {@link BusyTime} so that a day they empty says so: the busy intervals of their active calendars, and, when
 * one of them has not been read successfully within {@code clinic.calendars.stale-after}, all of their time.
 *
 * <p>One fixed statement straight through JDBC, which the driver keeps prepared (through Hibernate,
 * translating a query with a list of practitioners cost more than the rest of a search together).
 * Inside a transaction the data source hands out the transaction's own connection, so booking sees
 * the rows it holds locks on.
 */
@ApplicationScoped
public class HeldTime {

    /** The statuses (booking's {@code AppointmentStatus} names) in which an appointment keeps its time from others. */
    public static final Set<String> HOLDING_STATUSES = Set.of("REQUESTED", "CONFIRMED");

    /**
     * The time held for one waitlist patient by an offer still open: its blocked interval, as an appointment's,
     * until {@code expires_at}. Expiry is read here against the clock ({@code expires_at > now}), so an offer
     * stops holding the moment its hold ends even before the waitlist's sweep has marked it expired; a cached
     * read keeps it at most {@code clinic.held-time.max-age} longer (the sweep also tells the cache when it ends one).
     */
    private static final String OPEN_OFFERS = " union all select practitioner_id, cast(extract(epoch from blocked_from) as bigint),"
            + " cast(extract(epoch from blocked_until) as bigint), " + CalendarBusy.APPOINTMENT + " from waitlist_offer where practitioner_id = any(?)"
            + " and status = 'OPEN' and expires_at > ? and blocked_until > ? and blocked_until < ? and blocked_from < ?";

    private static final String SQL = "select practitioner_id, cast(extract(epoch from blocked_from) as bigint),"
            + " cast(extract(epoch from blocked_until) as bigint), " + CalendarBusy.APPOINTMENT + " from appointment"
            + " where practitioner_id = any(?) and status in (" + HOLDING_STATUSES.stream().map(s -> "'" + s + "'")
            .sorted().collect(Collectors.joining(", ")) + ") and blocked_until > ? and blocked_until < ? and blocked_from < ? and id <> ?" + OPEN_OFFERS
            + CalendarBusy.SQL;

    /** An id no appointment has, for when none is being moved. */
    private static final long NO_APPOINTMENT = -1;

    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    CalendarBusy calendars;

    /**
     * The time held on the clinic-local days [from, to] by appointments of these practitioners, except
     * {@code ignored} (the appointment being moved, or null).
     */
    public Map<Long, BusyTime> read(ZoneId zone, Collection<Long> practitioners, LocalDate from, LocalDate to, Long ignored) {
        if (practitioners.isEmpty()) {
            return Map.of();
        }
        Instant until = WallClock.startOf(to.plusDays(1), zone);
        Map<Long, BusyTime.Builder> held = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(SQL)) {
            Array ids = connection.createArrayOf("bigint", practitioners.toArray());
            OffsetDateTime endingAfter = WallClock.startOf(from, zone).atOffset(ZoneOffset.UTC);
            // An appointment ending this late may still reach into the range; the bound keeps the index range short.
            OffsetDateTime endingBefore = until.plus(ServiceType.LONGEST_HOLD).atOffset(ZoneOffset.UTC);
            OffsetDateTime startingBefore = until.atOffset(ZoneOffset.UTC);
            query.setArray(1, ids);
            query.setObject(2, endingAfter);
            query.setObject(3, endingBefore);
            query.setObject(4, startingBefore);
            query.setLong(5, ignored == null ? NO_APPOINTMENT : ignored);
            query.setArray(6, ids);
            query.setObject(7, clock.instant().atOffset(ZoneOffset.UTC));
            query.setObject(8, endingAfter);
            query.setObject(9, endingBefore);
            query.setObject(10, startingBefore);
            calendars.bind(query, 11, connection, practitioners, WallClock.startOf(from, zone), until);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    CalendarBusy.add(held.computeIfAbsent(rows.getLong(1), id -> new BusyTime.Builder()), rows.getInt(4),
                            rows.getLong(2), rows.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the time appointments hold failed", e);
        }
        return BusyTime.built(held);
    }
}
