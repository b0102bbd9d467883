package io.clinicbook.booking.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One visit to book: a start from the proposal (or another the patient prefers) and its practitioner. */
@Schema(name = "PlanVisitChoice")
record PlanVisitChoice(
        @NotNull(message = "Please give the start of every visit")
        @Schema(description = "ISO-8601 with an offset", examples = "2027-03-08T10:00:00-05:00") OffsetDateTime start,
        @Size(max = 80, message = "There is no such practitioner")
        @Schema(description = "Slug of the practitioner; default: the plan's", examples = "dr-maya-lindqvist") String practitioner) {
}
