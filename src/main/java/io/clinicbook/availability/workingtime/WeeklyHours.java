package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.engine.WorkingInterval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practitioner's whole working week; an empty list means they take no bookings. */
@Schema(name = "WeeklyHours")
public record WeeklyHours(
        @NotNull(message = "Please give the working intervals (an empty list for none)")
        @Size(max = WorkingTimeRules.MAX_INTERVALS_PER_WEEK, message = "At most 70 working intervals a week")
        @Schema(examples = """
                [{"day":"MONDAY","start":"09:00","end":"12:30"},{"day":"MONDAY","start":"13:30","end":"17:30"}]""")
        List<@NotNull(message = "A working interval cannot be null") @Valid WorkingInterval> intervals) {
}
