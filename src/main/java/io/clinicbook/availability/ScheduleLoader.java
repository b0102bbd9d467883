package io.clinicbook.availability;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads {@link Schedule}s with one query per kind of data, whatever the number of days and
 * practitioners: hours, time off, closures and held appointment time, each for all practitioners and
 * the whole range at once.
 */
@ApplicationScoped
class ScheduleLoader {

    @Inject
    DataSource dataSource;

    private static final String HELD_SQL = "select practitioner_id, cast(extract(epoch from blocked_from) as bigint),"
            + " cast(extract(epoch from blocked_until) as bigint) from appointment"
            + " where practitioner_id = any(?) and status in (" + AppointmentStatus.HOLDING_TIME.stream().map(s -> "'" + s + "'").sorted()
            .collect(Collectors.joining(", ")) + ") and blocked_until > ? and blocked_until < ? and blocked_from < ?";

    /** The longest time one appointment can hold: a 480-minute visit and two 120-minute buffers (V2's checks). */
    private static final Duration LONGEST_HOLD = Duration.ofHours(12);

    /** Everything, freshly read: four queries. */
    Schedule load(ZoneId zone, Collection<Long> practitioners, LocalDate from, LocalDate to, Set<Long> ignoredAppointments) {
        return workingTime(zone, practitioners, from, to).withTaken(taken(zone, practitioners, from, to, ignoredAppointments));
    }

    /** Hours, time off and closures touching [from, to], without appointments: three queries. */
    Schedule workingTime(ZoneId zone, Collection<Long> practitioners, LocalDate from, LocalDate to) {
        if (practitioners.isEmpty()) {
            return new Schedule(zone, Map.of(), Spans.NONE, Map.of(), Map.of());
        }
        Map<Long, List<WorkingInterval>> hours = WorkingHours.applyingBetween(practitioners, from, to).stream()
                .collect(Collectors.groupingBy(h -> h.practitionerId, Collectors.mapping(WorkingHours::interval, Collectors.toList())));
        Map<Long, Spans.Builder> timeOff = new HashMap<>();
        for (TimeOff off : TimeOff.touching(practitioners, from, to)) {
            timeOff.computeIfAbsent(off.practitionerId, id -> new Spans.Builder()).add(off.start(zone), off.end(zone));
        }
        Spans.Builder closures = new Spans.Builder();
        Closure.touching(from, to).forEach(closure -> closures.add(closure.start(zone), closure.end(zone)));
        return new Schedule(zone, hours, closures.build(), built(timeOff), Map.of());
    }

    /**
     * The time held by appointments of these practitioners on the clinic-local days [from, to], read
     * through the persistence context: one query, which sees what the caller's transaction wrote.
     */
    Map<Long, Spans> taken(ZoneId zone, Collection<Long> practitioners, LocalDate from, LocalDate to, Set<Long> ignored) {
        if (practitioners.isEmpty()) {
            return Map.of();
        }
        Instant until = WallClock.startOf(to.plusDays(1), zone);
        TypedQuery<Object[]> query = Appointment.getEntityManager().createQuery(
                "select a.practitioner.id, a.blockedFrom, a.blockedUntil from Appointment a"
                        + " where a.practitioner.id in :practitioners and a.status in :holding"
                        + " and a.blockedUntil > :from and a.blockedUntil < :latestEnd and a.blockedFrom < :until"
                        + (ignored.isEmpty() ? "" : " and a.id not in :ignored"), Object[].class)
                .setParameter("practitioners", practitioners)
                .setParameter("holding", AppointmentStatus.HOLDING_TIME)
                .setParameter("from", WallClock.startOf(from, zone))
                .setParameter("latestEnd", until.plus(LONGEST_HOLD))
                .setParameter("until", until);
        if (!ignored.isEmpty()) {
            query.setParameter("ignored", ignored);
        }
        Map<Long, Spans.Builder> taken = new HashMap<>();
        for (Object[] held : query.getResultList()) {
            taken.computeIfAbsent((Long) held[0], id -> new Spans.Builder()).add((Instant) held[1], (Instant) held[2]);
        }
        return built(taken);
    }

    /**
     * The same as {@link #taken} for the public search, which writes nothing: straight through JDBC
     * with one fixed statement, which the driver keeps prepared. Through Hibernate, translating the
     * query for its list of practitioners cost more than the rest of a search together.
     */
    Map<Long, Spans> takenForSearch(ZoneId zone, Collection<Long> practitioners, LocalDate from, LocalDate to) {
        if (practitioners.isEmpty()) {
            return Map.of();
        }
        Instant until = WallClock.startOf(to.plusDays(1), zone);
        Map<Long, Spans.Builder> taken = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(HELD_SQL)) {
            query.setArray(1, connection.createArrayOf("bigint", practitioners.toArray()));
            query.setObject(2, WallClock.startOf(from, zone).atOffset(ZoneOffset.UTC));
            query.setObject(3, until.plus(LONGEST_HOLD).atOffset(ZoneOffset.UTC));
            query.setObject(4, until.atOffset(ZoneOffset.UTC));
            try (ResultSet held = query.executeQuery()) {
                while (held.next()) {
                    taken.computeIfAbsent(held.getLong(1), id -> new Spans.Builder()).add(held.getLong(2), held.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the appointments of a slot search failed", e);
        }
        return built(taken);
    }

    private static Map<Long, Spans> built(Map<Long, Spans.Builder> builders) {
        Map<Long, Spans> spans = new HashMap<>();
        builders.forEach((id, builder) -> spans.put(id, builder.build()));
        return spans;
    }
}
