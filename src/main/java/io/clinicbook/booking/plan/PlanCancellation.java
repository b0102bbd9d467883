package io.clinicbook.booking.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cancels the plan's visits on and after a clinic-local day. */
@Schema(name = "CarePlanCancellation")
record PlanCancellation(
        @NotNull(message = "Please give the day from which to cancel the plan")
        @Schema(description = "Visits on this clinic-local day and later are cancelled", examples = "2027-03-15") LocalDate from,
        @Size(max = 500, message = "Please keep the reason under 500 characters")
        @Schema(examples = "Feeling much better") String reason) {
}
