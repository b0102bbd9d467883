package io.clinicbook.booking.waitlist;

import io.clinicbook.catalog.ServiceType;
import io.clinicbook.i18n.SupportedLocale;
import java.time.Instant;
import java.util.Optional;

/** What the email of an offer tells, read from the offer as it is when the email leaves ({@code integration.mail}). */
public record OfferLetter(String email, String firstName, SupportedLocale locale, String entryReference, ServiceType service,
                          String practitioner, Instant start, Instant holdUntil) {

    /** The offer's letter while it is open; empty once it has ended, or when its patient has no address or was erased. */
    public static Optional<OfferLetter> ofOpen(long offerId, Instant now) {
        WaitlistOffer offer = WaitlistOffer.findById(offerId);
        if (offer == null || !offer.holds(now) || offer.entry.patient == null || !offer.entry.consentToContact) {
            return Optional.empty();
        }
        WaitlistEntry entry = offer.entry;
        return Optional.of(new OfferLetter(entry.patient.email, entry.patient.firstName, entry.locale, entry.reference, entry.service,
                offer.practitioner.displayName, offer.startsAt, offer.expiresAt));
    }
}
