package io.clinicbook.booking.waitlist;

import io.clinicbook.booking.guard.ReferenceTaken;
import io.clinicbook.booking.guard.SlotTaken;
import io.clinicbook.booking.request.BookingResponse;
import io.clinicbook.problem.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Around the transactions of an answer to an offer: accepting runs again on a reference clash (as
 * {@code booking.request.BookingFlow} does), a time found taken is told as such, and a decline lets the sweep
 * offer the time to the next patient once it has committed.
 */
@ApplicationScoped
class Acceptance {

    private static final int ATTEMPTS = 3;

    @Inject
    OfferReplies replies;
    @Inject
    WaitlistSweep sweep;

    BookingResponse accept(String token) {
        for (int attempt = 1; ; attempt++) {
            try {
                return replies.accept(token);
            } catch (SlotTaken taken) { // the offer held the time from everyone else: only a bug in the rules gets here
                throw new Conflict("waitlist-offer-taken", "The time offered is no longer free. You stay on the waitlist for other times.");
            } catch (ReferenceTaken e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("No free reference after " + attempt + " attempts", e);
                }
            }
        }
    }

    void decline(String token) {
        replies.decline(token);
        sweep.soon();
    }

    /** After a committed change that freed held time (an entry left with its offer open). */
    void sweepSoon() {
        sweep.soon();
    }
}
