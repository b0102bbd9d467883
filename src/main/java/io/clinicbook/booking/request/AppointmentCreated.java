package io.clinicbook.booking.request;

import io.clinicbook.booking.AppointmentStatus;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a new request: the reference, and the manage token, which is shown this once only. */
@Schema(name = "AppointmentCreated")
record AppointmentCreated(
        @Schema(description = "Short code to quote to the clinic", examples = "K7Q4M2XP") String reference,
        @Schema(examples = "CONFIRMED") AppointmentStatus status,
        @Schema(examples = "follow-up-adjustment") String service,
        @Schema(examples = "dr-maya-lindqvist") String practitioner,
        @Schema(description = "Start, in the clinic's time zone", examples = "2026-11-02T09:00:00-05:00") OffsetDateTime start,
        @Schema(description = "End of the visit", examples = "2026-11-02T09:30:00-05:00") OffsetDateTime end,
        @Schema(description = "Secret for viewing, cancelling and rescheduling (header X-Manage-Token). "
                + "Shown only in this response: keep it.", examples = "q3J9cS1lZ2Y4bUp2dGZ3WkJ4c1N0aGFuazNnN2p5d0k")
        String manageToken) {
}
