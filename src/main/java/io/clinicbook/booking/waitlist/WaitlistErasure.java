package io.clinicbook.booking.waitlist;

import io.clinicbook.availability.search.HeldTimeCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Erases a patient's data on the waitlist, as {@code booking.queue.PatientErasure} does on appointments: their entries
 * stay, anonymised, for statistics; names, email, phone and the tokens of the entry and its offers go. An entry still
 * waiting leaves the waitlist, and an offer still open ends (its time is free again).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WaitlistErasure {

    @Inject
    HeldTimeCache heldTime;

    /** Erases the entries of this (trimmed, lower-case) email address; returns how many there were. */
    public int erase(String email, Instant now) {
        int erased = 0;
        for (WaitlistEntry entry : WaitlistEntry.lockWithEmail(email)) {
            for (WaitlistOffer offer : WaitlistOffer.ofEntry(entry.id)) {
                if (offer.status == WaitlistOffer.Status.OPEN) {
                    offer.end(WaitlistOffer.Status.DECLINED, now);
                    heldTime.changing();
                }
                offer.tokenHash = null;
            }
            if (entry.status == WaitlistEntry.Status.WAITING || entry.status == WaitlistEntry.Status.OFFERED) {
                entry.status = WaitlistEntry.Status.LEFT;
            }
            entry.tokenHash = null;
            entry.patient = null;
            entry.erasedAt = now;
            entry.updatedAt = now;
            erased++;
        }
        return erased;
    }
}
