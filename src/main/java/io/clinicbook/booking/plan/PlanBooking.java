package io.clinicbook.booking.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The visits to book, all or none: usually the proposal's times sent back, some of them changed. */
@Schema(name = "CarePlanBooking")
record PlanBooking(
        @NotNull(message = "Please list the visits to book")
        @Size(min = 1, max = 60, message = "A plan books 1 to 60 visits")
        @Schema(description = "The visits, in any order; they are numbered from 1 in this order in problems")
        List<@Valid @NotNull(message = "Please give every visit") PlanVisitChoice> visits) {
}
