package io.clinicbook.availability.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bookable start time. Nothing in it tells who booked around it. */
@Schema(name = "Slot")
public record Slot(
        @Schema(description = "Start, ISO-8601 with offset, in the requested zone", examples = "2026-11-02T09:00:00-05:00")
        OffsetDateTime start,
        @Schema(description = "End of the visit (buffers excluded)", examples = "2026-11-02T09:30:00-05:00")
        OffsetDateTime end,
        @Schema(description = "Slug of the practitioner", examples = "dr-maya-lindqvist")
        String practitioner,
        @Schema(description = "The clinic-local date the slot belongs to", examples = "2026-11-02")
        LocalDate date) {
}
