package io.clinicbook.booking.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.clinicbook.booking.request.ContactDetails;
import io.clinicbook.booking.request.PatientDetails;
import io.clinicbook.i18n.SupportedLocale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff send to create a care plan: for whom (a visit of theirs, or their details), what, with whom, and the pattern. */
@Schema(name = "CarePlanRequest")
record CarePlanRequest(
        @NotBlank(message = "Please give the service of the plan's visits")
        @Size(max = 80, message = "There is no such service")
        @Schema(description = "Slug of the service", examples = "follow-up-adjustment") String service,
        @Size(max = 80, message = "There is no such practitioner")
        @Schema(description = "Slug of the practitioner; leave it out for any practitioner, the same one throughout.",
                examples = "dr-maya-lindqvist") String practitioner,
        @Size(max = 16, message = "There is no appointment with this reference")
        @Schema(description = "A visit of the patient (its reference): the plan takes the patient's details from it. "
                + "Give either this or patient.", examples = "K7Q4M2XP") String fromVisit,
        @Valid @Schema(description = "The patient, when the plan is not made from a visit") PatientDetails patient,
        @Valid @Schema(description = "Who is contacted, if not the patient (a parent for a child)") ContactDetails contact,
        @Schema(description = "Whether the patient is new to the clinic (default: false, or the visit's)", examples = "false")
        Boolean newPatient,
        @Size(max = 16, message = "Please give a supported language, such as en or es")
        @Pattern(regexp = SupportedLocale.TAG, message = "Please give a supported language, such as en or es")
        @Schema(description = "Language of the plan's messages (default: the visit's, or the clinic's)", examples = "en") String locale,
        @Valid @Schema(description = "A weekly pattern; give either this or dates") PlanPattern pattern,
        @Size(max = 60, message = "A plan has at most 60 visits")
        @Schema(description = "An explicit list of clinic-local dates, one visit on each; give either this or pattern",
                examples = "[\"2027-03-01\",\"2027-03-04\"]") List<LocalDate> dates,
        @NotNull(message = "Please give the preferred time of day, such as 10:00")
        @JsonFormat(pattern = "HH:mm")
        @Schema(implementation = String.class, description = "Preferred clinic-local start, HH:mm", examples = "10:00") LocalTime timeOfDay,
        @Schema(description = "The first day a visit may be on (default: the first date, or tomorrow)", examples = "2027-03-01")
        LocalDate earliestStart) {
}
