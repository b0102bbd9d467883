package io.clinicbook.booking.request;

import io.clinicbook.i18n.SupportedLocale;
import io.clinicbook.problem.InvalidParameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's request for a visit, as the booking widget or an integrator sends it. */
@Schema(name = "AppointmentRequest")
public record BookingRequest(
        @NotBlank(message = "Please choose a service")
        @Size(max = 80, message = "There is no such service")
        @Schema(description = "Slug of the service", examples = "follow-up-adjustment") String service,
        @Size(max = 80, message = "There is no such practitioner")
        @Schema(description = "Slug of the practitioner; leave it out to let the clinic assign one who is free.",
                examples = "dr-maya-lindqvist") String practitioner,
        @NotNull(message = "Please give the start time, ISO-8601 with an offset")
        @Schema(description = "A start from GET /slots, ISO-8601 with an offset", examples = "2026-11-02T09:00:00-05:00")
        OffsetDateTime start,
        @NotNull(message = "Please give the patient's details") @Valid PatientDetails patient,
        @Valid @Schema(description = "Who books and is contacted, if not the patient (a parent for a child).")
        ContactDetails contact,
        @NotNull(message = "Please say whether the patient is new to the clinic")
        @Schema(description = "Whether the patient has not been seen at the clinic before.", examples = "false") Boolean newPatient,
        @Size(max = 1000, message = "Please keep the reason under 1000 characters")
        @Schema(description = "What brings the patient in (optional).", examples = "Lower back pain since a long drive") String reason,
        @Size(max = 16, message = "Please give a locale such as en or es")
        @Pattern(regexp = SupportedLocale.TAG, message = "Please give a locale such as en or es")
        @Schema(description = "Language for messages about the appointment (en, es); default: the clinic's.", examples = "es")
        String locale,
        @AssertTrue(message = "Please agree to be contacted about this appointment")
        @Schema(description = "The patient (or contact) agrees to be contacted about this appointment.", examples = "true")
        boolean consentToContact) {

    /** Someone must be reachable: the patient, or the contact who books for them ({@link ReachableSchemaFilter} says so in the contract). */
    void checkReachable() {
        if (contact == null && !patient.reachable()) {
            throw new InvalidParameter("patient.email",
                    "Please give the patient's email and phone number, or a contact person who can be reached.");
        }
    }
}
