package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.engine.BusyTime;
import io.clinicbook.availability.engine.Schedule;
import io.clinicbook.availability.engine.WorkingInterval;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the working time of some practitioners over some clinic-local days as a {@link Schedule}
 * without appointments: hours, time off and closures, one query each, whatever the number of days
 * and practitioners.
 */
@ApplicationScoped
public class WorkingTimeReader {

    public Schedule read(ZoneId zone, Collection<Long> practitioners, LocalDate from, LocalDate to) {
        if (practitioners.isEmpty()) {
            return new Schedule(zone, Map.of(), BusyTime.NONE, Map.of(), Map.of());
        }
        Map<Long, List<WorkingInterval>> hours = WorkingHours.applyingBetween(practitioners, from, to).stream()
                .collect(Collectors.groupingBy(h -> h.practitionerId, Collectors.mapping(WorkingHours::interval, Collectors.toList())));
        Map<Long, BusyTime.Builder> timeOff = new HashMap<>();
        for (TimeOff off : TimeOff.touching(practitioners, from, to)) {
            timeOff.computeIfAbsent(off.practitionerId, id -> new BusyTime.Builder()).add(off.start(zone), off.end(zone));
        }
        BusyTime.Builder closures = new BusyTime.Builder();
        Closure.touching(from, to).forEach(closure -> closures.add(closure.start(zone), closure.end(zone)));
        return new Schedule(zone, hours, closures.build(), BusyTime.built(timeOff), Map.of());
    }
}
