package io.clinicbook.booking.queue;

import io.clinicbook.booking.AppointmentStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff member's move of an appointment to another status, and why. */
@Schema(name = "StatusChange")
record StatusChange(
        @NotNull(message = "Please give the new status: CONFIRMED, DECLINED, CANCELLED, COMPLETED or NO_SHOW")
        @Schema(examples = "CONFIRMED") AppointmentStatus status,
        @Size(max = 500, message = "Please keep the reason under 500 characters")
        @Schema(description = "Required when declining; the patient may be told it.", examples = "Confirmed by phone") String reason) {
}
