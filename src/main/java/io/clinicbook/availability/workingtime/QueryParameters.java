package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.workingtime.WorkingTimeRules;
import io.clinicbook.problem.InvalidParameter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads dates and zones from query parameters, naming the parameter when one cannot be read. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The date in {@code value} (ISO, such as 2026-11-02), or {@code fallback} when it is absent. */
    public static LocalDate date(String value, String parameter, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            WorkingTimeRules.checkDate(date, parameter);
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "'" + value + "' is not a date; use the form 2026-11-02.");
        }
    }

    /** The IANA zone in {@code value}, or {@code fallback} when it is absent. */
    public static ZoneId zone(String value, String parameter, ZoneId fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new InvalidParameter(parameter, "Unknown time zone '" + value + "'; use an IANA name such as Europe/Madrid.");
        }
    }
}
