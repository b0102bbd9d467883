package io.clinicbook.availability.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The instants a clinic-local wall-clock time stands for, in epoch seconds. On a spring-forward day a
 * local time in the gap does not exist, so it stands for the instant the clocks jump; on a fall-back
 * day a time in the repeated hour happens twice, so a start takes the first and an end the second,
 * losing no work.
 */
public final class WallClock {

    private WallClock() {
    }

    public static long earliest(LocalDate date, LocalTime time, ZoneId zone) {
        return at(date.atTime(time), zone, 0);
    }

    public static long latest(LocalDate date, LocalTime time, ZoneId zone) {
        return at(date.atTime(time), zone, 1);
    }

    /** The first instant of the day (not always 00:00: some zones skip midnight). */
    public static Instant startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** With two valid offsets (a fall-back), the one at {@code overlapIndex}: 0 is the earlier instant. */
    private static long at(LocalDateTime local, ZoneId zone, int overlapIndex) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return zone.getRules().getTransition(local).toEpochSecond();
        }
        return local.toEpochSecond(offsets.get(offsets.size() == 1 ? 0 : overlapIndex));
    }
}
