package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.Courier;
import io.clinicbook.integration.outbox.Delivery;
import io.clinicbook.integration.outbox.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Sends emails over SMTP ({@link SmtpSender}), rendered from the appointment when they leave. */
@ApplicationScoped
class MailCourier implements Courier {

    @Inject
    SmtpSender smtp;
    @Inject
    MailConfig config;
    @Inject
    Letters letters;
    @Inject
    Clock clock;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public Duration longestAttempt() {
        return config.sendTimeout();
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        Optional<Letter> letter = write(message);
        if (letter.isEmpty()) {
            return Delivery.skipped(MailKind.of(message.eventType) == MailKind.REMINDER
                    ? "The visit is no longer confirmed at that time, or has started" : "Nobody to send it to (no address, or erased)");
        }
        try {
            smtp.send(letter.get());
            return Delivery.delivered(null);
        } catch (SmtpSender.NotSent e) {
            return Delivery.failed(null, e.getMessage());
        }
    }

    @Transactional
    Optional<Letter> write(OutboxMessage message) {
        Appointment appointment = Appointment.findById(message.appointmentId);
        MailKind kind = MailKind.of(message.eventType);
        if (kind == MailKind.REMINDER && (appointment.status != AppointmentStatus.CONFIRMED || !appointment.startsAt.isAfter(clock.instant()))) {
            return Optional.empty();
        }
        return letters.write(appointment, kind);
    }
}
