package io.clinicbook.booking.selfservice;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new start of a visit being moved. */
@Schema(name = "Rescheduling")
record Rescheduling(
        @NotNull(message = "Please give the new start time, ISO-8601 with an offset")
        @Schema(description = "A start from GET /slots", examples = "2026-11-03T10:00:00-05:00") OffsetDateTime start) {
}
