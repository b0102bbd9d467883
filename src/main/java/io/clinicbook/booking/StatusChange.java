package io.clinicbook.booking;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an appointment is cancelled, declined or otherwise changed; optional except for declining. */
@Schema(name = "StatusChange")
public record StatusChange(
        @Size(max = 500, message = "Please keep the reason under 500 characters")
        @Schema(examples = "Feeling better, thank you") String reason) {

    static String reasonOf(StatusChange change) {
        return change == null || change.reason() == null || change.reason().isBlank() ? null : change.reason().trim();
    }
}
