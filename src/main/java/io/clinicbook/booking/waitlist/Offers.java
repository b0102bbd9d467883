package io.clinicbook.booking.waitlist;

import io.clinicbook.availability.search.BookableTime;
import io.clinicbook.availability.search.HeldTimeCache;
import io.clinicbook.availability.search.WindowCheck;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.ManageTokens;
import io.clinicbook.booking.guard.SlotGuard;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.clinic.Clinic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offers of freed time, one entry per transaction. The entry's row is locked and its window read with the slot rules
 * ({@link BookableTime#window}); only if a time looks free are its practitioners' rows locked (in id order, as bookings
 * lock them) and the window read again under the locks: held time includes open offers, so an offer made by another
 * transaction or instance that locked the same practitioner first is seen, and a time is never offered twice at once. The first bookable start in the entry's
 * days and times of day is offered, unless this entry was offered that very time before (it declined it or let it
 * expire: it goes to the next patient).
 */
@ApplicationScoped
@Transactional
class Offers {

    @Inject
    Clock clock;
    @Inject
    SlotGuard guard;
    @Inject
    BookableTime bookableTime;
    @Inject
    HeldTimeCache heldTime;
    @Inject
    ManageTokens tokens;
    @Inject
    WaitlistConfig config;
    @Inject
    Event<OfferMade> made;

    /** Offers the entry its first matching free time, if it is still waiting and there is one; whether an offer was made. */
    public boolean offerTo(long entryId) {
        WaitlistEntry entry = WaitlistEntry.lock(entryId).filter(e -> e.status == WaitlistEntry.Status.WAITING).orElse(null);
        if (entry == null) {
            return false;
        }
        Instant now = clock.instant();
        ZoneId zone = Clinic.current().zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate from = entry.fromDate.isBefore(today) ? today : entry.fromDate;
        if (from.isAfter(entry.toDate) || !entry.service.active) {
            return false;
        }
        List<Practitioner> candidates = entry.practitioner != null ? List.of(entry.practitioner) : Practitioner.offering(entry.service);
        Set<String> offeredBefore = WaitlistOffer.ofEntry(entry.id).stream().map(o -> o.practitioner.id + "@" + o.startsAt)
                .collect(Collectors.toSet());
        if (firstFree(entry, candidates, from, offeredBefore).isEmpty()) {
            return false; // nothing free, as read without locks: no practitioner's row is locked (the common case)
        }
        guard.lockInOrder(candidates);
        Optional<Choice> chosen = firstFree(entry, candidates, from, offeredBefore); // read again under the locks
        chosen.ifPresent(choice -> offer(entry, choice, now));
        return chosen.isPresent();
    }

    /** The first bookable start in the entry's days and times of day not offered to it before, from one read of the slot rules. */
    private Optional<Choice> firstFree(WaitlistEntry entry, List<Practitioner> candidates, LocalDate from, Set<String> offeredBefore) {
        WindowCheck window = bookableTime.window(entry.service, candidates, from, entry.toDate);
        LocalDate last = entry.toDate.isAfter(window.lastBookableDay()) ? window.lastBookableDay() : entry.toDate;
        for (LocalDate date = from; !date.isAfter(last); date = date.plusDays(1)) {
            Optional<Choice> first = first(window, candidates, date, entry, offeredBefore);
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** Ends the open offers whose hold has passed; their entries wait again (for other times). Returns how many. */
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (WaitlistOffer offer : WaitlistOffer.dueToExpire(now)) {
            offer.lockWithEntry();
            WaitlistEntry entry = offer.entry;
            if (offer.status == WaitlistOffer.Status.OPEN && !offer.expiresAt.isAfter(now)) {
                offer.end(WaitlistOffer.Status.EXPIRED, now);
                if (entry.status == WaitlistEntry.Status.OFFERED) {
                    entry.status = WaitlistEntry.Status.WAITING;
                    entry.updatedAt = now;
                }
                heldTime.changing();
                expired++;
            }
        }
        return expired;
    }

    /** Ends the waiting entries whose last day has passed. */
    public int expireEntries() {
        LocalDate today = clock.instant().atZone(Clinic.current().zone()).toLocalDate();
        return WaitlistEntry.update("status = ?1, tokenHash = null, updatedAt = ?2 where status = ?3 and toDate < ?4",
                WaitlistEntry.Status.EXPIRED, clock.instant(), WaitlistEntry.Status.WAITING, today);
    }

    /** The ids of the waiting entries, in the order they joined. */
    public List<Long> waiting() {
        return WaitlistEntry.waitingInOrder();
    }

    private record Choice(Practitioner practitioner, Instant start) {
    }

    private static Optional<Choice> first(WindowCheck window, List<Practitioner> candidates, LocalDate date, WaitlistEntry entry,
                                          Set<String> offeredBefore) {
        return candidates.stream().flatMap(p -> window.starts(p.id, date).stream().map(start -> new Choice(p, start)))
                .filter(c -> entry.fits(c.start().atZone(window.zone()).toLocalTime()))
                .filter(c -> !offeredBefore.contains(c.practitioner().id + "@" + c.start()))
                .min(Comparator.comparing(Choice::start).thenComparing(c -> c.practitioner().id));
    }

    private void offer(WaitlistEntry entry, Choice choice, Instant now) {
        String token = tokens.issue();
        WaitlistOffer offer = new WaitlistOffer();
        offer.entry = entry;
        offer.practitioner = choice.practitioner();
        Appointment visit = new Appointment(); // never persisted: the times and buffers exactly as the booking will keep them
        visit.service = entry.service;
        visit.placeAt(choice.start());
        offer.startsAt = visit.startsAt;
        offer.endsAt = visit.endsAt;
        offer.blockedFrom = visit.blockedFrom;
        offer.blockedUntil = visit.blockedUntil;
        offer.expiresAt = now.plus(config.hold());
        offer.status = WaitlistOffer.Status.OPEN;
        offer.tokenHash = ManageTokens.hash(token);
        offer.createdAt = now;
        offer.updatedAt = now;
        offer.persist();
        entry.status = WaitlistEntry.Status.OFFERED;
        entry.updatedAt = now;
        heldTime.changing();
        made.fire(new OfferMade(offer.id, entry.reference, token, now));
    }
}
