package io.clinicbook.availability.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The clinic's rules applied to a {@link Schedule}: the bookable starts of a day, and why a given start
 * is not one. Both come from the same checks, so the slot list and a booking never disagree.
 *
 * <p>A start is bookable when the visit with its buffers lies inside one working interval, it lies on
 * the slot step counted in elapsed time from the interval's start (so local times skipped by a
 * spring-forward are skipped, and the repeated hour of a fall-back yields distinct instants), it meets
 * no closure, time off, held appointment or busy time of the practitioner's own calendars (unless they are not up
 * to date, which withholds all), it is not before the minimum notice and its clinic-local
 * day is not beyond the horizon. Times are epoch seconds.
 */
public final class SlotCalculator {

    /** What stops a start that fits a working interval, in the order a day's reason is judged. */
    private enum Refusal { CLOSURE, TIME_OFF, NOTICE, STALE_CALENDAR, TAKEN, UNAVAILABLE }

    private static final NoSlotsReason[] DAY_REASON = {
        NoSlotsReason.HOLIDAY, NoSlotsReason.TIME_OFF, NoSlotsReason.BEFORE_MINIMUM_NOTICE, NoSlotsReason.CALENDAR_NOT_UP_TO_DATE,
        NoSlotsReason.FULLY_BOOKED, NoSlotsReason.UNAVAILABLE};
    private static final Unbookable[] START_REASON = {
        Unbookable.TIME_OFF, Unbookable.TIME_OFF, Unbookable.BEFORE_MINIMUM_NOTICE, Unbookable.CALENDAR_NOT_UP_TO_DATE,
        Unbookable.TAKEN, Unbookable.UNAVAILABLE};

    /** Room for the index of a practitioner beside a start in one long; a clinic has far fewer. */
    private static final int PRACTITIONER_BITS = 12;

    private final Schedule schedule;
    private final ZoneId zone;
    private final long before;
    private final long visit;
    private final long after;
    private final long step;
    private final long earliest;
    private final LocalDate lastDay;

    public SlotCalculator(Schedule schedule, SlotRules rules) {
        this.schedule = schedule;
        this.zone = schedule.zone();
        this.before = rules.bufferBefore().toSeconds();
        this.visit = rules.visit().toSeconds();
        this.after = rules.bufferAfter().toSeconds();
        this.step = rules.step().toSeconds();
        this.earliest = rules.earliestStart().getEpochSecond() + (rules.earliestStart().getNano() > 0 ? 1 : 0);
        this.lastDay = rules.lastBookableDay();
    }

    /** The day's slots with these practitioners (in this order when starts tie), shown in {@code shownIn}. */
    public SlotDay day(LocalDate date, List<PractitionerKey> practitioners, ZoneId shownIn) {
        if (practitioners.isEmpty()) {
            return SlotDay.without(date, NoSlotsReason.NOT_OFFERED);
        }
        if (practitioners.size() > 1 << PRACTITIONER_BITS) {
            throw new IllegalArgumentException("A search covers at most " + (1 << PRACTITIONER_BITS) + " practitioners");
        }
        if (date.isAfter(lastDay)) {
            return SlotDay.without(date, NoSlotsReason.BEYOND_HORIZON);
        }
        if (WallClock.startOf(date.plusDays(1), zone).getEpochSecond() <= earliest) {
            return SlotDay.without(date, NoSlotsReason.BEFORE_MINIMUM_NOTICE);
        }
        long[] starts = new long[64]; // start << PRACTITIONER_BITS | index of the practitioner: sorts by start, then index
        int count = 0;
        int furthest = -1;
        for (int p = 0; p < practitioners.size(); p++) {
            long practitioner = practitioners.get(p).id();
            BusyTime timeOff = schedule.timeOffOf(practitioner);
            BusyTime taken = schedule.takenFrom(practitioner);
            for (WorkingInterval interval : schedule.hoursOf(practitioner)) {
                if (!interval.appliesOn(date)) {
                    continue;
                }
                long open = WallClock.earliest(date, interval.start(), zone);
                long close = WallClock.latest(date, interval.end(), zone);
                for (long start = open + ceilToStep(before); start + visit + after <= close; start += step) {
                    Refusal refusal = refusal(start, timeOff, taken);
                    if (refusal != null) {
                        furthest = Math.max(furthest, refusal.ordinal());
                        continue;
                    }
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = start << PRACTITIONER_BITS | p;
                }
            }
        }
        if (count == 0) {
            return SlotDay.without(date, furthest < 0 ? NoSlotsReason.CLOSED : DAY_REASON[furthest]);
        }
        Arrays.sort(starts, 0, count);
        long[] sorted = new long[count];
        int[] who = new int[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = starts[i] >>> PRACTITIONER_BITS;
            who[i] = (int) (starts[i] & (1 << PRACTITIONER_BITS) - 1);
        }
        DaySlots slots = new DaySlots(date, sorted, who, practitioners.stream().map(PractitionerKey::slug).toList(), visit, shownIn);
        return new SlotDay(date, slots, null);
    }

    /** Why the practitioner cannot start a visit at {@code start}, or empty when they can. */
    public Optional<Unbookable> whyNot(long practitioner, Instant start) {
        if (start.getEpochSecond() < earliest) {
            return Optional.of(Unbookable.BEFORE_MINIMUM_NOTICE);
        }
        LocalDate date = start.atZone(zone).toLocalDate();
        if (date.isAfter(lastDay)) {
            return Optional.of(Unbookable.BEYOND_HORIZON);
        }
        long at = start.getEpochSecond();
        for (WorkingInterval interval : schedule.hoursOf(practitioner)) {
            if (!interval.appliesOn(date)) {
                continue;
            }
            long open = WallClock.earliest(date, interval.start(), zone);
            long close = WallClock.latest(date, interval.end(), zone);
            if (at - before >= open && at + visit + after <= close) {
                if (start.getNano() != 0 || (at - open) % step != 0) {
                    return Optional.of(Unbookable.OFF_STEP);
                }
                Refusal refusal = refusal(at, schedule.timeOffOf(practitioner), schedule.takenFrom(practitioner));
                return refusal == null ? Optional.empty() : Optional.of(START_REASON[refusal.ordinal()]);
            }
        }
        return Optional.of(Unbookable.OUTSIDE_WORKING_HOURS);
    }

    /** The first rule a start inside a working interval breaks, given the practitioner's time off and held time. */
    private Refusal refusal(long start, BusyTime timeOff, BusyTime taken) {
        long from = start - before;
        long until = start + visit + after;
        if (schedule.closures().overlap(from, until)) {
            return Refusal.CLOSURE;
        }
        if (timeOff.overlap(from, until)) {
            return Refusal.TIME_OFF;
        }
        if (start < earliest) {
            return Refusal.NOTICE;
        }
        if (taken.withheld()) {
            return Refusal.STALE_CALENDAR;
        }
        if (taken.overlap(from, until)) {
            return Refusal.TAKEN;
        }
        return taken.elsewhere().overlap(from, until) ? Refusal.UNAVAILABLE : null;
    }

    /** The first step from an interval's start that leaves room for the buffer before the visit. */
    private long ceilToStep(long seconds) {
        return (seconds + step - 1) / step * step;
    }
}
