package io.clinicbook.booking.waitlist;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A waitlist entry as its patient sees it: what they wait for, never their personal data. */
@Schema(name = "WaitlistEntry")
record WaitlistEntryView(
        @Schema(examples = "W7KQ2MZA") String reference,
        @Schema(examples = "follow-up-adjustment") String service,
        @Schema(description = "Absent: anyone who offers the service", examples = "dr-maya-lindqvist") String practitioner,
        @Schema(examples = "2026-11-03") LocalDate from,
        @Schema(examples = "2026-11-06") LocalDate to,
        @JsonFormat(pattern = "HH:mm") @Schema(implementation = String.class, examples = "09:00") LocalTime earliestStart,
        @JsonFormat(pattern = "HH:mm") @Schema(implementation = String.class, examples = "12:00") LocalTime latestStart,
        @Schema(examples = "WAITING") WaitlistEntry.Status status) {

    static WaitlistEntryView of(WaitlistEntry entry) {
        return new WaitlistEntryView(entry.reference, entry.service.slug, entry.practitioner == null ? null : entry.practitioner.slug,
                entry.fromDate, entry.toDate, entry.earliestStart, entry.latestStart, entry.status);
    }
}
