package io.clinicbook.clinic;

/**
 * Fired inside the transaction of every staff change to what decides bookable time: the clinic's
 * settings, services, practitioners, working hours, time off and closures (see {@link ChangesScheduling}).
 * Observers with {@code during = AFTER_SUCCESS} see only changes that were committed.
 */
public record SchedulingChanged() {
}
