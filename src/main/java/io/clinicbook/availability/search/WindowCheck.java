package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.DaySlots;
import io.clinicbook.availability.engine.PractitionerKey;
import io.clinicbook.availability.engine.SlotCalculator;
import io.clinicbook.availability.engine.SlotRules;
import io.clinicbook.availability.engine.Unbookable;
import io.clinicbook.availability.engine.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slot rules over a window of clinic-local days, from one read of working time and held time
 * ({@link BookableTime#window}): the bookable starts of a day with one practitioner, and why a given start
 * is not one. A course of visits is proposed and re-checked with it, however many visits it has.
 */
public final class WindowCheck {

    private final SlotCalculator calculator;
    private final Map<Long, PractitionerKey> offering;
    private final ZoneId zone;
    private final SlotRules rules;
    private final Schedule schedule;

    WindowCheck(Schedule schedule, SlotCalculator calculator, Map<Long, PractitionerKey> offering, ZoneId zone, SlotRules rules) {
        this.schedule = schedule;
        this.calculator = calculator;
        this.offering = offering;
        this.zone = zone;
        this.rules = rules;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The last clinic-local day the clinic takes bookings on. */
    public LocalDate lastBookableDay() {
        return rules.lastBookableDay();
    }

    /** The practitioners (ids) among those asked for who offer the service. */
    public Set<Long> offering() {
        return offering.keySet();
    }

    /** The weekdays on which the practitioner has working hours in the window. */
    public Set<DayOfWeek> workingDays(long practitioner) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        schedule.hours().getOrDefault(practitioner, List.of()).forEach(interval -> days.add(interval.day()));
        return days;
    }

    /** The practitioner's bookable starts on {@code date}, in order; none when they do not offer the service. */
    public List<Instant> starts(long practitioner, LocalDate date) {
        PractitionerKey key = offering.get(practitioner);
        if (key == null) {
            return List.of();
        }
        if (!(calculator.day(date, List.of(key), zone).slots() instanceof DaySlots slots)) {
            return List.of();
        }
        Instant[] starts = new Instant[slots.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Instant.ofEpochSecond(slots.startAt(i));
        }
        return List.of(starts);
    }

    /** Why the practitioner cannot start the visit at {@code start}; empty when they can. */
    public Optional<Unbookable> verdict(long practitioner, Instant start) {
        return offering.containsKey(practitioner) ? calculator.whyNot(practitioner, start) : Optional.of(Unbookable.NOT_OFFERED);
    }
}
