package io.clinicbook.availability.engine;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything that decides availability for some practitioners over some clinic-local days: their
 * weekly hours, the clinic's closures, their time off and the time their appointments hold (all by
 * practitioner id). {@link ScheduleLoader} reads it with a fixed number of queries.
 */
public record Schedule(ZoneId zone, Map<Long, List<WorkingInterval>> hours, BusyTime closures, Map<Long, BusyTime> timeOff,
                Map<Long, BusyTime> taken) {

    public Schedule withTaken(Map<Long, BusyTime> heldByAppointments) {
        return new Schedule(zone, hours, closures, timeOff, heldByAppointments);
    }

    List<WorkingInterval> hoursOf(long practitioner) {
        return hours.getOrDefault(practitioner, List.of());
    }

    BusyTime timeOffOf(long practitioner) {
        return timeOff.getOrDefault(practitioner, BusyTime.NONE);
    }

    BusyTime takenFrom(long practitioner) {
        return taken.getOrDefault(practitioner, BusyTime.NONE);
    }
}
