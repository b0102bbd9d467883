package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.waitlist.OfferLetter;
import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.Courier;
import io.clinicbook.integration.outbox.Delivery;
import io.clinicbook.integration.outbox.OutboxMessage;
import io.clinicbook.integration.outbox.SecretBox;
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
    @Inject
    SecretBox secrets;

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
            return Delivery.skipped(switch (MailKind.of(message.eventType)) {
                case REMINDER -> "The visit is no longer confirmed at that time, or has started";
                case WAITLIST_OFFER -> "The offer has ended, or nobody to send it to (no address, or erased)";
                default -> "Nobody to send it to (no address, or erased)";
            });
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
        if (message.waitlistOfferId != null) { // an offer that ended meanwhile is not sent
            return message.sealedToken == null ? Optional.empty() : OfferLetter.ofOpen(message.waitlistOfferId, clock.instant())
                    .flatMap(offer -> letters.offer(offer, secrets.open(message.sealedToken)));
        }
        Appointment appointment = Appointment.findById(message.appointmentId);
        MailKind kind = MailKind.of(message.eventType);
        if (kind == MailKind.REMINDER && (appointment.status != AppointmentStatus.CONFIRMED || !appointment.startsAt.isAfter(clock.instant()))) {
            return Optional.empty();
        }
        return letters.write(appointment, kind);
    }
}
