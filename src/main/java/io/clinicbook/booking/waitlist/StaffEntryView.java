package io.clinicbook.booking.waitlist;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A waitlist entry as staff see it, with the patient's details (absent once erased). */
@Schema(name = "StaffWaitlistEntry")
record StaffEntryView(
        @Schema(examples = "W7KQ2MZA") String reference,
        @Schema(examples = "WAITING") WaitlistEntry.Status status,
        @Schema(examples = "follow-up-adjustment") String service,
        @Schema(description = "Absent: anyone who offers the service", examples = "dr-maya-lindqvist") String practitioner,
        @Schema(examples = "2026-11-03") LocalDate from,
        @Schema(examples = "2026-11-06") LocalDate to,
        @JsonFormat(pattern = "HH:mm") @Schema(implementation = String.class, examples = "09:00") LocalTime earliestStart,
        @JsonFormat(pattern = "HH:mm") @Schema(implementation = String.class, examples = "12:00") LocalTime latestStart,
        @Schema(examples = "Ana") String firstName,
        @Schema(examples = "García") String lastName,
        @Schema(examples = "ana.garcia@example.org") String email,
        @Schema(examples = "+1 555 010 2233") String phone,
        @Schema(examples = "2026-11-01T14:05:00Z") Instant joinedAt) {

    static StaffEntryView of(WaitlistEntry e) {
        boolean erased = e.patient == null;
        return new StaffEntryView(e.reference, e.status, e.service.slug, e.practitioner == null ? null : e.practitioner.slug,
                e.fromDate, e.toDate, e.earliestStart, e.latestStart, erased ? null : e.patient.firstName, erased ? null : e.patient.lastName,
                erased ? null : e.patient.email, erased ? null : e.patient.phone, e.createdAt);
    }
}
