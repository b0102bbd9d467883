package io.clinicbook.booking.waitlist;

import io.clinicbook.booking.request.PatientDetails;
import io.clinicbook.i18n.LocaleInBody;
import io.clinicbook.i18n.SupportedLocale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient joining the waitlist for a time that is not free. */
@Schema(name = "WaitlistRequest")
record WaitlistRequest(
        @NotBlank(message = "Please choose a service")
        @Size(max = 80, message = "There is no such service")
        @Schema(description = "Slug of the service", examples = "follow-up-adjustment") String service,
        @Size(max = 80, message = "There is no such practitioner")
        @Schema(description = "Slug of the practitioner; leave it out for anyone who offers the service.", examples = "dr-maya-lindqvist")
        String practitioner,
        @NotNull(message = "Please give the first day you could come")
        @Schema(description = "The first clinic-local day that would do", examples = "2026-11-03") LocalDate from,
        @NotNull(message = "Please give the last day you could come")
        @Schema(description = "The last clinic-local day that would do; the entry expires after it", examples = "2026-11-06") LocalDate to,
        @NotNull(message = "Please give the earliest time of day the visit may start")
        @Schema(implementation = String.class, description = "The earliest clinic-local start, HH:mm", examples = "09:00") LocalTime earliestStart,
        @NotNull(message = "Please give the latest time of day the visit may start")
        @Schema(implementation = String.class, description = "The latest clinic-local start (included), HH:mm", examples = "12:00") LocalTime latestStart,
        @NotNull(message = "Please give the patient's details") @Valid PatientDetails patient,
        @NotNull(message = "Please say whether the patient is new to the clinic")
        @Schema(description = "Whether the patient has not been seen at the clinic before.", examples = "false") Boolean newPatient,
        @Size(max = 16, message = "Please choose a supported language")
        @Pattern(regexp = SupportedLocale.TAG, message = "Please choose a supported language")
        @Schema(description = "Language of the offer emails (en, es); default: the clinic's.", examples = "en") String locale,
        @AssertTrue(message = "Please agree to be contacted about offers from the waitlist")
        @Schema(description = "The patient agrees to be emailed offers of freed time.", examples = "true") boolean consentToContact)
        implements LocaleInBody {
}
