package io.clinicbook.integration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Visit times for tests on the real clock (deliveries are checked against receivers' clocks): a
 * weekday a week from today, in the clinic's zone, inside the fixtures' working hours.
 */
public final class Visits {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private Visits() {
    }

    public static OffsetDateTime at(int hour) {
        LocalDate day = LocalDate.now(ZONE).plusDays(7);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
    }
}
