package io.clinicbook.booking.request;

import io.clinicbook.i18n.LocaleInBody;
import io.clinicbook.i18n.SupportedLocale;
import io.clinicbook.support.ZoneName;
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
        @NotBlank(message = "{booking.service.required}")
        @Size(max = 80, message = "{booking.service.unknown}")
        @Schema(description = "Slug of the service", examples = "follow-up-adjustment") String service,
        @Size(max = 80, message = "{booking.practitioner.unknown}")
        @Schema(description = "Slug of the practitioner; leave it out to let the clinic assign one who is free.",
                examples = "dr-maya-lindqvist") String practitioner,
        @NotNull(message = "{booking.start.required}")
        @Schema(description = "A start from GET /slots, ISO-8601 with an offset", examples = "2026-11-02T09:00:00-05:00")
        OffsetDateTime start,
        @NotNull(message = "{booking.patient.required}") @Valid PatientDetails patient,
        @Valid @Schema(description = "Who books and is contacted, if not the patient (a parent for a child).")
        ContactDetails contact,
        @NotNull(message = "{booking.newPatient.required}")
        @Schema(description = "Whether the patient has not been seen at the clinic before.", examples = "false") Boolean newPatient,
        @Size(max = 1000, message = "{booking.reason.size}")
        @Schema(description = "What brings the patient in (optional).", examples = "Lower back pain since a long drive") String reason,
        @Size(max = 16, message = "{booking.locale.invalid}")
        @Pattern(regexp = SupportedLocale.TAG, message = "{booking.locale.invalid}")
        @Schema(description = "Language for messages about the appointment (en, es); default: the clinic's.", examples = "es")
        String locale,
        @AssertTrue(message = "{booking.consent.required}")
        @Schema(description = "The patient (or contact) agrees to be contacted about this appointment.", examples = "true")
        boolean consentToContact,
        @Size(max = 64, message = "{booking.patientTimeZone.invalid}")
        @ZoneName(message = "{booking.patientTimeZone.invalid}")
        @Schema(description = """
                The patient's IANA time zone, as their browser gives it (optional). Emails to the patient then show the \
                time in this zone beside the clinic's when the two differ.""", examples = "Asia/Tokyo")
        String patientTimeZone) implements LocaleInBody {

    /** A request without the patient's zone (the demo's, older clients'). */
    public BookingRequest(String service, String practitioner, OffsetDateTime start, PatientDetails patient, ContactDetails contact,
                          Boolean newPatient, String reason, String locale, boolean consentToContact) {
        this(service, practitioner, start, patient, contact, newPatient, reason, locale, consentToContact, null);
    }

    /** Someone must be reachable: the patient, or the contact who books for them ({@link ReachableSchemaFilter} says so in the contract). */
    void checkReachable() {
        if (contact == null && !patient.reachable()) {
            throw new InvalidParameter("patient.email",
                    "Please give the patient's email and phone number, or a contact person who can be reached.").translated("reachable");
        }
    }
}
