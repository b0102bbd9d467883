package io.clinicbook.booking.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offers' tokens as their emails would carry them, by entry reference: the last offer of each entry, kept inside the
 * offer's transaction, so that it is known before the entry's lock is released (a sweep that lost the race to another
 * then finds it).
 */
@ApplicationScoped
public class OfferTokens {

    private final Map<String, String> latest = new ConcurrentHashMap<>();

    void onOffer(@Observes OfferMade offer) {
        latest.put(offer.entryReference(), offer.token());
    }

    /** The token of the entry's last offer, or null. */
    public String of(String entryReference) {
        return latest.get(entryReference);
    }
}
