package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.Courier;
import io.clinicbook.integration.outbox.Delivery;
import io.clinicbook.integration.outbox.OutboxMessage;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/** Sends emails over SMTP (Quarkus Mailer), rendered from the appointment when they leave. */
@ApplicationScoped
class MailCourier implements Courier {

    @Inject
    Mailer mailer;
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
    public Delivery deliver(OutboxMessage message) {
        Optional<Letter> letter = write(message);
        if (letter.isEmpty()) {
            return Delivery.skipped(MailKind.of(message.eventType) == MailKind.REMINDER
                    ? "The visit is no longer confirmed at that time, or has started" : "Nobody to send it to (no address, or erased)");
        }
        Letter l = letter.get();
        Mail mail = Mail.withText(l.to(), l.subject(), l.text()).setHtml(l.html());
        if (l.invitation() != null) {
            mail.addAttachment("invitation.ics", l.invitation().ics().getBytes(StandardCharsets.UTF_8),
                    l.invitation().mediaType());
        }
        try {
            mailer.send(mail);
            return Delivery.delivered(null);
        } catch (RuntimeException e) {
            // The type only: SMTP errors quote the recipient's address.
            return Delivery.failed(null, "The SMTP server did not take it: " + e.getClass().getSimpleName());
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
