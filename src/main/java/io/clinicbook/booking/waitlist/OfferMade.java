package io.clinicbook.booking.waitlist;

import java.time.Instant;

/**
 * Fired inside the transaction that makes an offer, with its token in the clear (only its hash is stored): the
 * offer's email seals it into the outbox. Never logged.
 */
public record OfferMade(long offerId, String entryReference, String token, Instant at) {

    @Override
    public String toString() {
        return "OfferMade[offerId=" + offerId + ", entryReference=" + entryReference + ", at=" + at + "]";
    }
}
