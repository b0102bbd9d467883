package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Enqueues each confirmed visit's reminder once, {@code clinic.mail.reminder-before} ahead. With several
 * instances checking at once, each takes the appointment's row lock before it looks for the reminder
 * row, so the second sees what the first wrote and enqueues nothing. A rescheduled visit gets a new one.
 */
@ApplicationScoped
class Reminders {

    private static final String DUE = """
            select a.id from Appointment a where a.status = :confirmed and a.startsAt > :now and a.startsAt <= :horizon
              and not exists (select 1 from AppointmentReminder r where r.appointmentId = a.id and r.startsAt = a.startsAt)""";

    @Inject
    Clock clock;
    @Inject
    MailConfig config;
    @Inject
    MailEvents mails;
    @Inject
    EntityManager entities;

    @Scheduled(every = "${clinic.mail.reminder-check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        Instant now = clock.instant();
        for (Long id : due(now)) {
            enqueue(id, now);
        }
    }

    @Transactional
    List<Long> due(Instant now) {
        return entities.createQuery(DUE, Long.class).setParameter("confirmed", AppointmentStatus.CONFIRMED)
                .setParameter("now", now).setParameter("horizon", now.plus(config.reminderBefore())).getResultList();
    }

    /** Enqueues the reminder if, under the appointment's lock, it is still due and nobody has yet. */
    @Transactional
    void enqueue(long appointmentId, Instant now) {
        Appointment appointment = entities.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        boolean stillDue = appointment.status == AppointmentStatus.CONFIRMED && appointment.startsAt.isAfter(now)
                && AppointmentReminder.count("appointmentId = ?1 and startsAt = ?2", appointmentId, appointment.startsAt) == 0;
        if (!stillDue) {
            return;
        }
        AppointmentReminder.record(appointment, now);
        if (Recipients.patientOf(appointment).isPresent()) {
            mails.enqueue(appointment, MailKind.REMINDER, now);
        }
    }
}
