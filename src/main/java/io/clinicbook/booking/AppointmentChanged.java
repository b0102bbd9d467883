package io.clinicbook.booking;

import java.time.Instant;

/**
 * Fired inside the transaction of every change to an appointment, once the change is recorded in its
 * history. Observers with {@code during = AFTER_SUCCESS} see only changes that were committed.
 */
public record AppointmentChanged(long appointmentId, String reference, Change change,
                                 AppointmentStatus from, AppointmentStatus to, Instant at) {

    public enum Change {
        /** A new request; {@code from} is null, {@code to} is REQUESTED, or CONFIRMED when the clinic confirms at once. */
        REQUESTED,
        /** The status moved along the lifecycle. */
        STATUS,
        /** The visit moved to another time; the status stayed. */
        RESCHEDULED,
        /** The patient's personal data was erased. */
        ERASED
    }
}
