package io.clinicbook.availability.json;

import io.clinicbook.availability.engine.OffsetLookup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Formats epoch seconds as ISO-8601 date-times with the offset of one zone, the way Jackson writes an
 * {@code OffsetDateTime} (2026-11-02T09:00:00-05:00; Z for UTC), formatting each date and offset
 * once rather than once per time. Not for sharing between threads.
 */
final class JsonTimes {

    private static final int SECONDS_PER_DAY = 86_400;

    private final OffsetLookup offsets;
    private ZoneOffset offset;
    private byte[] offsetText;
    private long day = Long.MIN_VALUE;
    private byte[] dayText;

    JsonTimes(ZoneId zone) {
        this.offsets = new OffsetLookup(zone);
    }

    void append(long epochSecond, AsciiText json) {
        ZoneOffset at = offsets.at(epochSecond);
        if (at != offset) {
            offset = at;
            offsetText = AsciiText.of(at.getId()); // Z, ±hh:mm or ±hh:mm:ss, as ISO_OFFSET_DATE_TIME writes it
        }
        long local = epochSecond + at.getTotalSeconds();
        long localDay = Math.floorDiv(local, SECONDS_PER_DAY);
        int second = (int) Math.floorMod(local, SECONDS_PER_DAY);
        if (localDay != day) {
            day = localDay;
            dayText = date(LocalDate.ofEpochDay(localDay));
        }
        json.append(dayText).append('T').twoDigits(second / 3600).append(':').twoDigits(second / 60 % 60).append(':')
                .twoDigits(second % 60).append(offsetText);
    }

    /** yyyy-MM-dd, with a year of four digits. */
    static byte[] date(LocalDate date) {
        return new AsciiText(10).twoDigits(date.getYear() / 100).twoDigits(date.getYear() % 100).append('-')
                .twoDigits(date.getMonthValue()).append('-').twoDigits(date.getDayOfMonth()).toBytes();
    }
}
