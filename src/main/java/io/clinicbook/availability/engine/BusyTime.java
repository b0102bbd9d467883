package io.clinicbook.availability.engine;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Half-open stretches of time [start, end) in epoch seconds, sorted and merged, so that whether a
 * candidate visit meets any of them is one binary search. A practitioner's held time also carries, kept
 * apart, the busy time of their own calendars ({@link #elsewhere()}), and whether a calendar of theirs is
 * too stale to offer any of their time ({@link #withheld()}).
 */
public final class BusyTime {

    public static final BusyTime NONE = new BusyTime(new long[0], new long[0], null, false);

    private final long[] starts;
    private final long[] ends;
    private final BusyTime elsewhere;
    private final boolean withheld;

    private BusyTime(long[] starts, long[] ends, BusyTime elsewhere, boolean withheld) {
        this.starts = starts;
        this.ends = ends;
        this.elsewhere = elsewhere;
        this.withheld = withheld;
    }

    /** The busy time of the practitioner's own calendars (none for other kinds of busy time). */
    BusyTime elsewhere() {
        return elsewhere == null ? NONE : elsewhere;
    }

    /** Whether none of the practitioner's time may be offered: a calendar of theirs is not up to date. */
    boolean withheld() {
        return withheld;
    }

    /** Whether any span meets [from, until). */
    boolean overlap(long from, long until) {
        int low = 0;
        int high = ends.length;
        while (low < high) { // the first span ending after from; ends are increasing once merged
            int mid = (low + high) >>> 1;
            if (ends[mid] > from) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low < ends.length && starts[low] < until;
    }

    /** Each builder's spans, by the same key. */
    public static <K> Map<K, BusyTime> built(Map<K, Builder> builders) {
        Map<K, BusyTime> spans = new HashMap<>();
        builders.forEach((key, builder) -> spans.put(key, builder.build()));
        return spans;
    }

    /** Collects spans in any order and merges them. */
    public static final class Builder {
        private long[] starts = new long[8];
        private long[] ends = new long[8];
        private int size;
        private Builder elsewhere;
        private boolean withheld;

        public Builder add(Instant start, Instant end) {
            return add(start.getEpochSecond(), end.getEpochSecond());
        }

        public Builder add(long start, long end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
            return this;
        }

        /** Busy time of the practitioner's own calendars: blocks like the rest, but is told apart in a day's reason. */
        public Builder addElsewhere(long start, long end) {
            if (elsewhere == null) {
                elsewhere = new Builder();
            }
            elsewhere.add(start, end);
            return this;
        }

        /** No time of the practitioner may be offered (a calendar of theirs is not up to date). */
        public Builder withhold() {
            withheld = true;
            return this;
        }

        public BusyTime build() {
            BusyTime other = elsewhere == null ? null : elsewhere.build();
            if (size == 0) {
                return other == null && !withheld ? NONE : new BusyTime(new long[0], new long[0], other, withheld);
            }
            Integer[] order = new Integer[size];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
            long[] mergedStarts = new long[size];
            long[] mergedEnds = new long[size];
            int count = 0;
            for (int i : order) {
                if (count > 0 && starts[i] <= mergedEnds[count - 1]) {
                    mergedEnds[count - 1] = Math.max(mergedEnds[count - 1], ends[i]);
                } else {
                    mergedStarts[count] = starts[i];
                    mergedEnds[count] = ends[i];
                    count++;
                }
            }
            return new BusyTime(Arrays.copyOf(mergedStarts, count), Arrays.copyOf(mergedEnds, count), other, withheld);
        }
    }
}
