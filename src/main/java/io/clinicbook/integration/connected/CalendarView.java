package io.clinicbook.integration.connected;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A connected calendar as staff see it: what it is and what the system last saw of it. The password is never shown. */
@Schema(name = "ConnectedCalendar")
record CalendarView(
        @Schema(examples = "4") long id,
        @Schema(examples = "dr-maya-lindqvist") String practitioner,
        @Schema(examples = "CALDAV") CalendarKind kind,
        @Schema(examples = "https://caldav.example.com/dav/maya/work/") String url,
        @Schema(examples = "maya@example.com") String username,
        @Schema(examples = "Maya's work calendar") String description,
        @Schema(description = "False while paused: a paused calendar is not read and blocks no time", examples = "true") boolean active,
        @Schema(description = "Whether the last successful read is recent enough (clinic.calendars.stale-after) for the "
                + "practitioner's slots to be offered", examples = "true") boolean upToDate,
        @Schema(description = "When a read was last tried", examples = "2026-11-02T14:05:00Z") Instant lastAttemptAt,
        @Schema(description = "When a read last succeeded (also when the calendar had not changed)", examples = "2026-11-02T14:05:00Z")
        Instant lastSuccessAt,
        @Schema(description = "Why the last read failed; absent after a success",
                examples = "The calendar server refused the credentials (HTTP 401): check the user name and app password, or the secret address.")
        String lastError,
        @Schema(description = "Whether the practitioner's visits are written into it", examples = "false") boolean writesVisits,
        @Schema(description = "How many busy intervals the calendar holds in the window read", examples = "12") int busyIntervals,
        @Schema(examples = "2026-11-02T14:00:00Z") Instant createdAt) {

    static CalendarView of(ConnectedCalendar c, String practitioner, Instant staleBefore) {
        boolean upToDate = c.active && c.lastSuccessAt != null && !c.lastSuccessAt.isBefore(staleBefore);
        return new CalendarView(c.id, practitioner, c.kind, c.url, c.username, c.description, c.active, upToDate, c.lastAttemptAt,
                c.lastSuccessAt, c.lastError, c.writesVisits, c.busyCount, c.createdAt);
    }
}
