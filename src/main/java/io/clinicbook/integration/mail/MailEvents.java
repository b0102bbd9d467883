package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.booking.plan.CarePlanChanged;
import io.clinicbook.booking.waitlist.OfferLetter;
import io.clinicbook.booking.waitlist.OfferMade;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.NewMessage;
import io.clinicbook.integration.outbox.Outbox;
import io.clinicbook.integration.outbox.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Puts the emails a change sends into the outbox, inside the change's transaction. They hold no
 * personal data: each is rendered from the appointment when it is sent, so an erasure in between
 * leaves nothing to send (and skips what was waiting).
 */
@ApplicationScoped
class MailEvents {

    @Inject
    Outbox outbox;
    @Inject
    SecretBox secrets;

    void onChange(@Observes AppointmentChanged change) {
        if (change.change() == AppointmentChanged.Change.ERASED) {
            outbox.skipPendingOf(change.appointmentId(), Channel.EMAIL, "The patient's data was erased");
            return;
        }
        Appointment appointment = Appointment.findById(change.appointmentId());
        for (MailKind kind : MailKind.of(change, appointment.carePlanId != null)) {
            boolean addressed = kind.toPatient ? Recipients.patientOf(appointment).isPresent()
                    : Recipients.mailable(Clinic.current().email).isPresent();
            if (addressed) {
                enqueue(appointment, kind, change.at());
            }
        }
    }

    /** One email for a booked plan, sent with its first visit (every email belongs to an appointment). */
    void onPlan(@Observes CarePlanChanged change) {
        if (change.change() != CarePlanChanged.Change.BOOKED) {
            return; // a cancellation sends each cancelled visit's own email, whose invitation removes it from the calendar
        }
        Appointment first = Appointment.ofPlan(change.planId()).get(0);
        if (Recipients.patientOf(first).isPresent()) {
            outbox.add(new NewMessage(Channel.EMAIL, "mail-patient:" + first.id, MailKind.PLAN_BOOKED.eventType, first.id,
                    first.reference, null, null, null), change.at());
        }
    }

    /**
     * The email of a waitlist offer, with its token sealed: the token exists nowhere else (the offer keeps its hash), and
     * the outbox wipes it once the email has gone. The rest is rendered from the offer when the email leaves.
     */
    void onOffer(@Observes OfferMade offer) {
        if (OfferLetter.ofOpen(offer.offerId(), offer.at()).flatMap(letter -> Recipients.mailable(letter.email())).isPresent()) {
            outbox.add(new NewMessage(Channel.EMAIL, "mail-waitlist:" + offer.entryReference(), MailKind.WAITLIST_OFFER.eventType, null,
                    null, null, null, secrets.seal(offer.token()), offer.offerId()), offer.at());
        }
    }

    void enqueue(Appointment appointment, MailKind kind, Instant now) {
        String key = (kind.toPatient ? "mail-patient:" : "mail-staff:") + appointment.id;
        outbox.add(new NewMessage(Channel.EMAIL, key, kind.eventType, appointment.id, appointment.reference, null, null, null), now);
    }
}
