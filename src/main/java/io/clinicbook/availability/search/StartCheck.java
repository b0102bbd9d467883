package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.SlotCalculator;
import io.clinicbook.availability.engine.Unbookable;
import io.clinicbook.catalog.Practitioner;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The verdicts of {@link BookableTime#check} on one start, candidate by candidate, and the re-check of
 * one of them once its practitioner's row is locked: only the time appointments hold is read again,
 * since only bookings take that lock.
 */
public final class StartCheck {

    private final List<Long> offering;
    private final SlotCalculator calculator;
    private final Instant start;
    private final LongFunction<SlotCalculator> withFreshHeldTime;

    StartCheck(List<Long> offering, SlotCalculator calculator, Instant start, LongFunction<SlotCalculator> withFreshHeldTime) {
        this.offering = offering;
        this.calculator = calculator;
        this.start = start;
        this.withFreshHeldTime = withFreshHeldTime;
    }

    /** Why the practitioner cannot take the visit, as read before any lock; empty when they look free. */
    public Optional<Unbookable> verdict(Practitioner practitioner) {
        return offering.contains(practitioner.id) ? calculator.whyNot(practitioner.id, start) : Optional.of(Unbookable.NOT_OFFERED);
    }

    /** The verdict again with the time held read now, for a caller holding the practitioner's lock. */
    public Optional<Unbookable> recheck(Practitioner practitioner) {
        return offering.contains(practitioner.id) ? withFreshHeldTime.apply(practitioner.id).whyNot(practitioner.id, start)
                : Optional.of(Unbookable.NOT_OFFERED);
    }
}
