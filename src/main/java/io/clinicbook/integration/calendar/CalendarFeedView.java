package io.clinicbook.integration.calendar;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practitioner's calendar feed as staff see it. */
@Schema(name = "CalendarFeed")
record CalendarFeedView(
        @Schema(examples = "dr-maya-lindqvist") String practitioner,
        @Schema(description = "Whether the practitioner has a feed URL (issued by rotate).", examples = "true") boolean active,
        @Schema(description = "When the current URL was issued, in the clinic's zone.", examples = "2026-11-02T09:15:00-05:00")
        OffsetDateTime issuedAt,
        @Schema(description = "The secret subscription URL: only in the answer to rotate, since only its hash is kept.",
                examples = "https://booking.example.org/api/v1/calendar-feeds/3q2-7wEjKxVb0pLmN4sTuYz8aRcDfGhJkLmNoPqRsTu.ics")
        String url) {
}
