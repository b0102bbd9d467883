package io.clinicbook.booking.queue;

import io.clinicbook.booking.AppointmentEvent;
import io.clinicbook.booking.AppointmentStatus;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change in an appointment's audit history. */
@Schema(name = "AppointmentHistoryEntry")
record HistoryEntry(
        @Schema(examples = "2026-10-20T14:05:00-04:00") OffsetDateTime at,
        @Schema(description = "'patient', 'clinic' (automatic) or a staff username", examples = "frontdesk") String actor,
        @Schema(description = "Null for the request itself", examples = "REQUESTED") AppointmentStatus from,
        @Schema(examples = "CONFIRMED") AppointmentStatus to,
        @Schema(examples = "Confirmed by phone") String reason) {

    static HistoryEntry of(AppointmentEvent event, ZoneId zone) {
        return new HistoryEntry(event.at.atZone(zone).toOffsetDateTime(), event.actor, event.fromStatus, event.toStatus, event.reason);
    }
}
