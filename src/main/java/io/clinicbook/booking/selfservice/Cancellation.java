package io.clinicbook.booking.selfservice;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's cancellation, with an optional reason. */
@Schema(name = "Cancellation")
record Cancellation(
        @Size(max = 500, message = "Please keep the reason under 500 characters")
        @Schema(examples = "Feeling better, thank you") String reason) {
}
