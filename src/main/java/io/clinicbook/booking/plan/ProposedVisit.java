package io.clinicbook.booking.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One visit of a proposal: the day the pattern wants, the time found, and how well it matches. */
@Schema(name = "ProposedPlanVisit")
record ProposedVisit(
        @Schema(description = "The visit's number in the plan, from 1", examples = "4") int visit,
        @Schema(description = "The clinic-local day the pattern wants", examples = "2027-03-08") LocalDate wanted,
        @Schema(description = "The proposed start; absent when no time was found", examples = "2027-03-08T10:00:00-05:00")
        OffsetDateTime start,
        @Schema(examples = "2027-03-08T10:30:00-05:00") OffsetDateTime end,
        @Schema(description = "Slug of the practitioner", examples = "dr-maya-lindqvist") String practitioner,
        @Schema(examples = "MATCHES_PATTERN") Match match) {
}
