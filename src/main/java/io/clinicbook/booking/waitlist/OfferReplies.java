package io.clinicbook.booking.waitlist;

import io.clinicbook.availability.search.HeldTimeCache;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.ManageTokens;
import io.clinicbook.booking.request.BookingRequest;
import io.clinicbook.booking.request.BookingResponse;
import io.clinicbook.booking.request.BookingService;
import io.clinicbook.booking.request.PatientDetails;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A patient's answer to an offer, with the offer's token: view it, accept it (which books the visit through the
 * normal booking transaction, {@link BookingService#request}, so every booking rule applies), or decline it. The
 * entry's row is locked first, then the offer's (as the sweep locks them), so an answer and the offer's expiry
 * queue up; the offer stops holding its time before the booking is judged, so that its own hold does not refuse it.
 */
@ApplicationScoped
@Transactional
class OfferReplies {

    @Inject
    Clock clock;
    @Inject
    BookingService booking;
    @Inject
    HeldTimeCache heldTime;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferView view(String token) {
        return OfferView.of(find(token), Clinic.current().zone());
    }

    /** Books the offered time for the entry's patient; the answer is the booking's (with the visit's manage token). */
    public BookingResponse accept(String token) {
        WaitlistOffer offer = lockOpen(token);
        Instant now = clock.instant();
        WaitlistEntry entry = offer.entry;
        offer.end(WaitlistOffer.Status.ACCEPTED, now);
        entry.end(WaitlistEntry.Status.BOOKED, now);
        WaitlistOffer.flush(); // the offer no longer holds its time in this transaction's reads
        heldTime.changing();
        BookingRequest request = new BookingRequest(entry.service.slug, offer.practitioner.slug,
                offer.startsAt.atZone(Clinic.current().zone()).toOffsetDateTime(),
                new PatientDetails(entry.patient.firstName, entry.patient.lastName, entry.patient.email, entry.patient.phone, null),
                null, entry.newPatient, "From the waitlist", entry.locale.name(), entry.consentToContact);
        BookingResponse booked = booking.request(request, Optional.empty());
        String reference = booked.location().substring(booked.location().lastIndexOf('/') + 1);
        offer.appointmentId = Appointment.findByReference(reference).orElseThrow().id;
        return booked;
    }

    /** Declines the offer: the patient keeps waiting for other times, and this one goes to the next patient. */
    public void decline(String token) {
        WaitlistOffer offer = lockOpen(token);
        Instant now = clock.instant();
        offer.end(WaitlistOffer.Status.DECLINED, now);
        offer.entry.status = WaitlistEntry.Status.WAITING;
        offer.entry.updatedAt = now;
        heldTime.changing();
    }

    /** The offer, locked after its entry, if it is still open and its hold has not ended; otherwise the problem saying why. */
    private WaitlistOffer lockOpen(String token) {
        WaitlistOffer offer = find(token);
        offer.lockWithEntry();
        Instant now = clock.instant();
        return switch (offer.status) {
            case ACCEPTED -> throw new Conflict("waitlist-offer-accepted",
                    "This offer has already been accepted: the visit is booked, and its confirmation has the manage link.");
            case DECLINED -> throw new Conflict("waitlist-offer-declined", "This offer was declined; its time has gone to the next patient.");
            case EXPIRED -> throw expired(offer);
            case OPEN -> {
                if (!offer.holds(now)) {
                    throw expired(offer);
                }
                yield offer;
            }
        };
    }

    private static Conflict expired(WaitlistOffer offer) {
        boolean waiting = offer.entry.status == WaitlistEntry.Status.WAITING || offer.entry.status == WaitlistEntry.Status.OFFERED;
        return new Conflict("waitlist-offer-expired", "The time was held for you until "
                + offer.expiresAt.atZone(Clinic.current().zone()).toOffsetDateTime() + "; the hold has ended and the time has been "
                + "offered to the next patient." + (waiting ? " You stay on the waitlist for other times." : ""));
    }

    private static WaitlistOffer find(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidParameter(WaitlistResource.OFFER_TOKEN, "Please send the offer's token (from the offer's email) in the "
                    + WaitlistResource.OFFER_TOKEN + " header.");
        }
        return WaitlistOffer.findByTokenHash(ManageTokens.hash(token))
                .orElseThrow(() -> new NotFound("There is no waitlist offer with this token."));
    }
}
