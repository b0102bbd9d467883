package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.SlotDay;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a slot search: every requested day, with its slots or the reason it has none. */
@Schema(name = "AvailableSlots")
record AvailableSlots(
        @Schema(description = "Slug of the service", examples = "follow-up-adjustment") String service,
        @Schema(description = "Slug of the practitioner asked for; absent when any may do", examples = "dr-maya-lindqvist")
        String practitioner,
        @Schema(description = "IANA zone the times are expressed in", examples = "America/New_York") String timeZone,
        @Schema(description = "The clinic's IANA zone, in which days and working hours are defined", examples = "America/New_York")
        String clinicTimeZone,
        @Schema(description = "First clinic-local day searched", examples = "2026-11-02") LocalDate from,
        @Schema(description = "Last clinic-local day searched", examples = "2026-11-08") LocalDate to,
        @Schema(description = "The clinic's phone, to offer on days without slots", examples = "+1 555 010 4477") String clinicPhone,
        @Schema(description = "Each day from `from` to `to`") List<SlotDay> days) {
}
