package io.clinicbook.booking;

import io.clinicbook.booking.AppointmentChanged.Change;
import io.clinicbook.problem.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The appointment lifecycle: which status may follow which, and the audit history every change leaves.
 * Callers hold the transaction (and the appointment's row lock for changes to an existing one).
 */
@ApplicationScoped
public class Lifecycle {

    @Inject
    Event<AppointmentChanged> changed;

    /**
     * The status a new request starts in: confirmed at once unless the clinic confirms by hand. Set
     * before the insert, so that a new appointment costs one write.
     */
    public static AppointmentStatus firstStatus(boolean confirmAtOnce) {
        return confirmAtOnce ? AppointmentStatus.CONFIRMED : AppointmentStatus.REQUESTED;
    }

    /** Records a new, inserted request in its history. */
    public void requested(Appointment appointment, Instant now) {
        record(appointment, Change.REQUESTED, now, AppointmentEvent.PATIENT, null,
                appointment.status == AppointmentStatus.CONFIRMED ? "Requested online; the clinic confirms requests at once"
                        : "Requested online");
    }

    /** Moves the appointment to {@code to}, or refuses with 409 when the lifecycle does not allow it. */
    public void move(Appointment appointment, AppointmentStatus to, String actor, String reason, Instant now) {
        AppointmentStatus from = appointment.status;
        if (!from.canBecome(to)) {
            throw new Conflict("illegal-transition", "This appointment is " + words(from) + "; it cannot be " + words(to) + ".");
        }
        appointment.status = to;
        record(appointment, Change.STATUS, now, actor, from, reason);
    }

    /** Refuses (409) to move an appointment that no longer holds its time. */
    public void checkMovable(Appointment appointment) {
        if (!appointment.status.holdsTime()) {
            throw new Conflict("illegal-transition", "This appointment is " + words(appointment.status) + "; it cannot be moved.");
        }
    }

    public void rescheduled(Appointment appointment, String actor, String reason, Instant now) {
        record(appointment, Change.RESCHEDULED, now, actor, appointment.status, reason);
    }

    public void erased(Appointment appointment, String actor, Instant now) {
        record(appointment, Change.ERASED, now, actor, appointment.status, "Personal data erased on request");
    }

    private void record(Appointment appointment, Change change, Instant now, String actor, AppointmentStatus from, String reason) {
        appointment.updatedAt = now;
        AppointmentEvent.record(appointment, now, actor, from, reason);
        changed.fire(new AppointmentChanged(appointment.id, appointment.reference, change, from, appointment.status, now));
    }

    private static String words(AppointmentStatus status) {
        return switch (status) {
            case REQUESTED -> "requested";
            case CONFIRMED -> "confirmed";
            case DECLINED -> "declined";
            case CANCELLED -> "cancelled";
            case COMPLETED -> "completed";
            case NO_SHOW -> "marked as a no-show";
        };
    }
}
