package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.engine.WorkingInterval;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Time off or a closure as staff write and read it, in the clinic's local time: whole days when both
 * times are empty, otherwise from the start time on the first day to the end time on the last.
 */
@Schema(name = "OffPeriod")
public record OffPeriod(
        @Null(message = "The clinic gives the id; leave it out") // read-only: a request carrying it is refused
        @Schema(readOnly = true, examples = "12") Long id,
        @NotNull(message = "Please give the first day")
        @Schema(examples = "2026-12-24") LocalDate firstDay,
        @NotNull(message = "Please give the last day (the first day again for a single day)")
        @Schema(examples = "2026-12-26") LocalDate lastDay,
        @JsonFormat(pattern = "HH:mm")
        @Schema(implementation = String.class, pattern = WorkingInterval.HH_MM, description = "Start on the first day, HH:mm such as 13:00; empty for the start of the day")
        LocalTime startTime,
        @JsonFormat(pattern = "HH:mm")
        @Schema(implementation = String.class, pattern = WorkingInterval.HH_MM, description = "End on the last day, HH:mm such as 17:30; empty for the end of the day")
        LocalTime endTime,
        @Size(max = 200, message = "Please keep the note under 200 characters")
        @Schema(description = "For staff only; never shown to patients", examples = "Christmas") String note) {
}
