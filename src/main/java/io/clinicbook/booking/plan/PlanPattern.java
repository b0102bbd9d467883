package io.clinicbook.booking.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** So many visits a week for so many weeks, on these weekdays (or the practitioner's working days). */
@Schema(name = "CarePlanPattern")
record PlanPattern(
        @NotNull(message = "Please give the number of visits a week")
        @Min(value = 1, message = "A plan has at least one visit a week")
        @Max(value = 7, message = "A week has seven days: at most 7 visits a week")
        @Schema(examples = "3") Integer visitsPerWeek,
        @Size(max = 7, message = "A week has seven days")
        @Schema(description = "The weekdays of the visits (MONDAY to SUNDAY), as many as visitsPerWeek; leave it out to spread "
                + "the visits over the practitioner's working days.", examples = "[\"MONDAY\",\"WEDNESDAY\",\"FRIDAY\"]")
        List<String> weekdays,
        @NotNull(message = "Please give the number of weeks")
        @Min(value = 1, message = "A plan lasts at least one week")
        @Max(value = 26, message = "A plan lasts at most 26 weeks")
        @Schema(examples = "4") Integer weeks) {
}
