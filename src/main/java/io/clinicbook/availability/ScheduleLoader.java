package io.clinicbook.availability;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link Schedule} with four queries whatever the number of days and practitioners: hours,
 * time off, closures and appointments, each for all practitioners and the whole range at once.
 */
@ApplicationScoped
class ScheduleLoader {

    /** The longest time one appointment can hold: a 480-minute visit and two 120-minute buffers (V2's checks). */
    private static final Duration LONGEST_HOLD = Duration.ofHours(12);

    Schedule load(ZoneId zone, Collection<Long> practitioners, LocalDate from, LocalDate to, Set<Long> ignoredAppointments) {
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
        Map<Long, Spans.Builder> taken = new HashMap<>();
        for (Object[] held : holding(practitioners, WallClock.startOf(from, zone), WallClock.startOf(to.plusDays(1), zone),
                ignoredAppointments)) {
            taken.computeIfAbsent((Long) held[0], id -> new Spans.Builder()).add((Instant) held[1], (Instant) held[2]);
        }
        return new Schedule(zone, hours, closures.build(), built(timeOff), built(taken));
    }

    /**
     * Practitioner, start and end of the time held by appointments that meet [from, until). Bounding
     * blocked_until on both sides keeps the index range to these days, however long the history.
     */
    private static List<Object[]> holding(Collection<Long> practitioners, Instant from, Instant until, Set<Long> ignored) {
        TypedQuery<Object[]> query = Appointment.getEntityManager().createQuery(
                "select a.practitioner.id, a.blockedFrom, a.blockedUntil from Appointment a"
                        + " where a.practitioner.id in :practitioners and a.status in :holding"
                        + " and a.blockedUntil > :from and a.blockedUntil < :latestEnd and a.blockedFrom < :until"
                        + (ignored.isEmpty() ? "" : " and a.id not in :ignored"), Object[].class)
                .setParameter("practitioners", practitioners)
                .setParameter("holding", AppointmentStatus.HOLDING_TIME)
                .setParameter("from", from)
                .setParameter("latestEnd", until.plus(LONGEST_HOLD))
                .setParameter("until", until);
        if (!ignored.isEmpty()) {
            query.setParameter("ignored", ignored);
        }
        return query.getResultList();
    }

    private static Map<Long, Spans> built(Map<Long, Spans.Builder> builders) {
        Map<Long, Spans> spans = new HashMap<>();
        builders.forEach((id, builder) -> spans.put(id, builder.build()));
        return spans;
    }
}
