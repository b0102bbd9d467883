package io.clinicbook.booking.selfservice;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.i18n.SupportedLocale;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment as its patient sees it with the manage token. */
@Schema(name = "Appointment")
public record AppointmentView(
        @Schema(examples = "K7Q4M2XP") String reference,
        @Schema(examples = "CONFIRMED") AppointmentStatus status,
        @Schema(examples = "follow-up-adjustment") String service,
        @Schema(description = "The service's name in the appointment's locale", examples = "Follow-up adjustment") String serviceName,
        @Schema(examples = "dr-maya-lindqvist") String practitioner,
        @Schema(examples = "Dr. Maya Lindqvist") String practitionerName,
        @Schema(description = "Start, in the clinic's time zone", examples = "2026-11-02T09:00:00-05:00") OffsetDateTime start,
        @Schema(examples = "2026-11-02T09:30:00-05:00") OffsetDateTime end,
        @Schema(examples = "Ana") String patientFirstName,
        @Schema(examples = "García") String patientLastName,
        @Schema(description = "Until when it can be cancelled or moved online", examples = "2026-11-01T09:00:00-05:00")
        OffsetDateTime changeableOnlineUntil,
        @Schema(description = "Whom to call after that", examples = "+1 555 010 4477") String clinicPhone) {

    static AppointmentView of(Appointment a, Clinic clinic) {
        ZoneId zone = clinic.zone();
        SupportedLocale locale = a.locale == null ? clinic.defaultLocale : a.locale;
        return new AppointmentView(a.reference, a.status, a.service.slug, a.service.name.in(locale, clinic.defaultLocale),
                a.practitioner.slug, a.practitioner.displayName,
                a.startsAt.atZone(zone).toOffsetDateTime(), a.endsAt.atZone(zone).toOffsetDateTime(),
                a.patient.firstName, a.patient.lastName,
                SelfService.changeableUntil(a, clinic).atZone(zone).toOffsetDateTime(), clinic.phone);
    }
}
