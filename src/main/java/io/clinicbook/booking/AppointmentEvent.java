package io.clinicbook.booking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One line of an appointment's audit history: who changed it, when, from which status to which, and why. */
@Entity
@Table(name = "appointment_event")
public class AppointmentEvent extends PanacheEntityBase {

    /** The actor of changes made by the patient with the manage token. */
    public static final String PATIENT = "patient";
    /** The actor of changes the clinic's settings make on their own (confirming at once). */
    public static final String CLINIC = "clinic";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long appointmentId;
    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public AppointmentStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public AppointmentStatus toStatus;
    public String reason;

    static AppointmentEvent record(Appointment appointment, Instant at, String actor, AppointmentStatus from, String reason) {
        AppointmentEvent event = new AppointmentEvent();
        event.appointmentId = appointment.id;
        event.at = at;
        event.actor = actor;
        event.fromStatus = from;
        event.toStatus = appointment.status;
        event.reason = reason;
        event.persist();
        return event;
    }

    public static List<AppointmentEvent> of(Appointment appointment) {
        return list("appointmentId = ?1 order by at, id", appointment.id);
    }

    /** Free-text reasons may name the patient: erasure clears them along with the appointment's own data. */
    public static void clearReasons(Appointment appointment) {
        update("reason = null where appointmentId = ?1", appointment.id);
    }
}
