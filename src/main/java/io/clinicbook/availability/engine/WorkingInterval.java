package io.clinicbook.availability.engine;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of a working day in the clinic's wall-clock time, optionally only between two dates. */
@Schema(name = "WorkingInterval")
public record WorkingInterval(
        @NotNull(message = "Please give the day of the week")
        @Schema(examples = "MONDAY") DayOfWeek day,
        @NotNull(message = "Please give the start time, such as 09:00")
        @JsonFormat(pattern = "HH:mm")
        @Schema(implementation = String.class, pattern = WorkingInterval.HH_MM, description = "Clinic-local start, HH:mm such as 09:00")
        LocalTime start,
        @NotNull(message = "Please give the end time, such as 12:30")
        @JsonFormat(pattern = "HH:mm")
        @Schema(implementation = String.class, pattern = WorkingInterval.HH_MM, description = "Clinic-local end, HH:mm such as 12:30; after the start")
        LocalTime end,
        @Schema(description = "First date the interval applies; empty for always", examples = "2026-01-05")
        LocalDate validFrom,
        @Schema(description = "Last date the interval applies; empty for always", examples = "2026-12-18")
        LocalDate validUntil) {

    /** A wall-clock time as the contract states it: 00:00 to 23:59. */
    public static final String HH_MM = "^([01]\\d|2[0-3]):[0-5]\\d$";

    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == day
                && (validFrom == null || !date.isBefore(validFrom))
                && (validUntil == null || !date.isAfter(validUntil));
    }

    /** Whether both can apply on one date: same weekday and validity periods that meet. */
    public boolean sharesADayWith(WorkingInterval other) {
        return day == other.day
                && (validFrom == null || other.validUntil == null || !validFrom.isAfter(other.validUntil))
                && (other.validFrom == null || validUntil == null || !other.validFrom.isAfter(validUntil));
    }

    public boolean overlaps(WorkingInterval other) {
        return sharesADayWith(other) && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
