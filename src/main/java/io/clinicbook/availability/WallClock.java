package io.clinicbook.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZonedDateTime;

/**
 * The instants a clinic-local wall-clock time stands for. On a spring-forward day a local time in the
 * gap does not exist, so it stands for the instant the clocks jump; on a fall-back day a time in the
 * repeated hour happens twice, so a start takes the first and an end the second, losing no work.
 */
final class WallClock {

    private WallClock() {
    }

    static Instant earliest(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition gap = gapAt(local, zone);
        return gap != null ? gap.getInstant() : ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
    }

    static Instant latest(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition gap = gapAt(local, zone);
        return gap != null ? gap.getInstant() : ZonedDateTime.ofLocal(local, zone, null).withLaterOffsetAtOverlap().toInstant();
    }

    /** The first instant of the day (not always 00:00: some zones skip midnight). */
    static Instant startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static ZoneOffsetTransition gapAt(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        return transition != null && transition.isGap() ? transition : null;
    }
}
