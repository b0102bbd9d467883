package io.clinicbook.availability.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.List;

/**
 * One day's slots kept as numbers: a {@link Slot} is made only when asked for, and the JSON of the
 * whole day is written from the numbers (availability.json). A month of slots is thousands of
 * timestamps, and making and formatting them one object at a time was most of the cost of a search.
 */
public final class DaySlots extends AbstractList<Slot> {

    private final LocalDate date;
    private final long[] starts;
    private final int[] who;
    private final List<String> practitioners;
    private final long visitSeconds;
    private final ZoneId shownIn;

    /** Slots starting at {@code starts} (epoch seconds, in order), each with the practitioner at its index in {@code who}. */
    public DaySlots(LocalDate date, long[] starts, int[] who, List<String> practitioners, long visitSeconds, ZoneId shownIn) {
        this.date = date;
        this.starts = starts;
        this.who = who;
        this.practitioners = practitioners;
        this.visitSeconds = visitSeconds;
        this.shownIn = shownIn;
    }

    @Override
    public Slot get(int index) {
        OffsetLookup offsets = new OffsetLookup(shownIn);
        long start = starts[index];
        return new Slot(at(start, offsets), at(start + visitSeconds, offsets), practitioners.get(who[index]), date);
    }

    @Override
    public int size() {
        return starts.length;
    }

    public LocalDate date() {
        return date;
    }

    /** The start of slot {@code index}, in epoch seconds. */
    public long startAt(int index) {
        return starts[index];
    }

    /** The index in {@link #practitioners()} of the practitioner of slot {@code index}. */
    public int practitionerAt(int index) {
        return who[index];
    }

    /** The slugs of the practitioners searched, in the order they were given. */
    public List<String> practitioners() {
        return practitioners;
    }

    public long visitSeconds() {
        return visitSeconds;
    }

    public ZoneId shownIn() {
        return shownIn;
    }

    private static OffsetDateTime at(long epochSecond, OffsetLookup offsets) {
        ZoneOffset offset = offsets.at(epochSecond);
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(epochSecond, 0, offset), offset);
    }
}
