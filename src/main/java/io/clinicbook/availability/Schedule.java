package io.clinicbook.availability;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything that decides availability for some practitioners over some clinic-local days: their
 * weekly hours, the clinic's closures, their time off and the time their appointments hold (all by
 * practitioner id). {@link ScheduleLoader} reads it with a fixed number of queries.
 */
record Schedule(ZoneId zone, Map<Long, List<WorkingInterval>> hours, Spans closures, Map<Long, Spans> timeOff,
                Map<Long, Spans> taken) {

    Schedule withTaken(Map<Long, Spans> heldByAppointments) {
        return new Schedule(zone, hours, closures, timeOff, heldByAppointments);
    }

    List<WorkingInterval> hoursOf(long practitioner) {
        return hours.getOrDefault(practitioner, List.of());
    }

    Spans timeOffOf(long practitioner) {
        return timeOff.getOrDefault(practitioner, Spans.NONE);
    }

    Spans takenFrom(long practitioner) {
        return taken.getOrDefault(practitioner, Spans.NONE);
    }
}
