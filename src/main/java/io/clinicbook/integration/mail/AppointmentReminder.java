package io.clinicbook.integration.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A reminder already enqueued for a visit at a start time. */
@Entity
@Table(name = "appointment_reminder")
@IdClass(AppointmentReminder.Key.class)
class AppointmentReminder extends PanacheEntityBase {

    // Named outright: the component-path naming strategy would prefix the id class's name.
    @Id
    @Column(name = "appointment_id")
    Long appointmentId;
    @Id
    @Column(name = "starts_at")
    Instant startsAt;
    Instant enqueuedAt;

    record Key(Long appointmentId, Instant startsAt) implements Serializable {
    }

    static void record(io.clinicbook.booking.Appointment appointment, Instant now) {
        AppointmentReminder reminder = new AppointmentReminder();
        reminder.appointmentId = appointment.id;
        reminder.startsAt = appointment.startsAt;
        reminder.enqueuedAt = now;
        reminder.persist();
    }
}
