package io.clinicbook.availability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.List;

/**
 * One day's slots kept as numbers: a {@link Slot} is made only when asked for, and the JSON of the
 * whole day is written from the numbers ({@link SlotListJson}). A month of slots is thousands of
 * timestamps, and making and formatting them one object at a time was most of the cost of a search.
 */
final class DaySlots extends AbstractList<Slot> {

    private static final byte[] START = AsciiText.of("{\"start\":\"");
    private static final byte[] NEXT_START = AsciiText.of(",{\"start\":\"");
    private static final byte[] END = AsciiText.of("\",\"end\":\"");
    private static final byte[] PRACTITIONER = AsciiText.of("\",\"practitioner\":\"");
    private static final byte[] DATE = AsciiText.of("\",\"date\":\"");
    private static final byte[] CLOSE = AsciiText.of("\"}");

    private final LocalDate date;
    private final long[] starts;
    private final int[] who;
    private final List<String> practitioners;
    private final long visitSeconds;
    private final ZoneId shownIn;

    /** Slots starting at {@code starts} (epoch seconds, in order), each with the practitioner at its index in {@code who}. */
    DaySlots(LocalDate date, long[] starts, int[] who, List<String> practitioners, long visitSeconds, ZoneId shownIn) {
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

    private static OffsetDateTime at(long epochSecond, OffsetLookup offsets) {
        ZoneOffset offset = offsets.at(epochSecond);
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(epochSecond, 0, offset), offset);
    }

    /** Whether {@link #json} can write every slot: slugs that need no escaping. */
    boolean isPlain() {
        for (String slug : practitioners) {
            for (int i = 0; i < slug.length(); i++) {
                char c = slug.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The slots as a JSON array of ASCII bytes, exactly as Jackson writes a list of {@link Slot}s. */
    byte[] json() {
        JsonTimes times = new JsonTimes(shownIn);
        byte[] day = JsonTimes.date(date);
        AsciiText json = new AsciiText(starts.length * 128 + 2).append('[');
        byte[][] slugs = practitioners.stream().map(AsciiText::of).toArray(byte[][]::new);
        for (int i = 0; i < starts.length; i++) {
            json.append(i == 0 ? START : NEXT_START);
            times.append(starts[i], json);
            json.append(END);
            times.append(starts[i] + visitSeconds, json);
            json.append(PRACTITIONER).append(slugs[who[i]]).append(DATE).append(day).append(CLOSE);
        }
        return json.append(']').toBytes();
    }
}
