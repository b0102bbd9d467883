package io.clinicbook.clinic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rules patients book under. */
@Schema(description = "The rules patients book under.")
public record BookingPolicy(
        @Schema(description = "How long before a visit it can still be booked, in minutes.", examples = "120")
        @Min(value = 0, message = "Minimum notice cannot be negative")
        @Max(value = 20160, message = "Minimum notice can be at most two weeks (20160 minutes)")
        int minimumNoticeMinutes,
        @Schema(description = "How many days ahead patients may book.", examples = "60")
        @Min(value = 1, message = "The booking horizon must be at least one day")
        @Max(value = 366, message = "The booking horizon can be at most 366 days")
        int bookingHorizonDays,
        @Schema(description = "Minutes between possible start times within a working interval.", examples = "15")
        @Min(value = 5, message = "The slot step must be at least 5 minutes")
        @Max(value = 240, message = "The slot step can be at most 240 minutes")
        int slotStepMinutes,
        @Schema(description = "Patients may cancel or reschedule online until this many hours before the visit.", examples = "24")
        @Min(value = 0, message = "The cancellation cut-off cannot be negative")
        @Max(value = 336, message = "The cancellation cut-off can be at most 336 hours")
        int cancellationCutoffHours,
        @Schema(description = "Whether staff must confirm each request; otherwise requests are confirmed at once.", examples = "false")
        boolean requiresConfirmation) {

    static BookingPolicy of(Clinic clinic) {
        return new BookingPolicy(clinic.minimumNoticeMinutes, clinic.bookingHorizonDays, clinic.slotStepMinutes,
                clinic.cancellationCutoffHours, clinic.requiresConfirmation);
    }
}
