package io.clinicbook.booking.queue;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.Person;
import io.clinicbook.i18n.SupportedLocale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment as the clinic's staff see it, with the patient's details (null once erased). */
@Schema(name = "StaffAppointment")
record StaffAppointmentView(
        @Schema(examples = "K7Q4M2XP") String reference,
        @Schema(examples = "REQUESTED") AppointmentStatus status,
        @Schema(examples = "follow-up-adjustment") String service,
        @Schema(examples = "dr-maya-lindqvist") String practitioner,
        @Schema(examples = "2026-11-02T09:00:00-05:00") OffsetDateTime start,
        @Schema(examples = "2026-11-02T09:30:00-05:00") OffsetDateTime end,
        PersonView patient,
        @Schema(examples = "1990-04-17") LocalDate patientDateOfBirth,
        @Schema(description = "Who booked for the patient, if someone else") PersonView contact,
        @Schema(examples = "parent") String contactRelationship,
        @Schema(examples = "false") boolean newPatient,
        @Schema(examples = "Lower back pain since a long drive") String reason,
        SupportedLocale locale,
        @Schema(examples = "true") boolean consentToContact,
        @Schema(examples = "2026-10-20T14:02:11-04:00") OffsetDateTime createdAt,
        @Schema(description = "When the patient's personal data was erased, else null") OffsetDateTime erasedAt) {

    /** A patient's or contact's name and how to reach them. */
    @Schema(name = "PersonDetails")
    public record PersonView(@Schema(examples = "Ana") String firstName, @Schema(examples = "García") String lastName,
                             @Schema(examples = "ana.garcia@example.org") String email,
                             @Schema(examples = "+1 555 010 2233") String phone) {
        static PersonView of(Person person) {
            return person == null ? null : new PersonView(person.firstName, person.lastName, person.email, person.phone);
        }
    }

    static StaffAppointmentView of(Appointment a, ZoneId zone) {
        return new StaffAppointmentView(a.reference, a.status, a.service.slug, a.practitioner.slug,
                a.startsAt.atZone(zone).toOffsetDateTime(), a.endsAt.atZone(zone).toOffsetDateTime(),
                PersonView.of(a.patient), a.patientDateOfBirth, PersonView.of(a.contact), a.contactRelationship,
                a.newPatient, a.reason, a.locale, a.consentToContact, a.createdAt.atZone(zone).toOffsetDateTime(),
                a.erasedAt == null ? null : a.erasedAt.atZone(zone).toOffsetDateTime());
    }
}
