package io.clinicbook.integration.calendar;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.clinic.Clinic;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * One appointment as a VEVENT. UID, SEQUENCE, times and STATUS are the same for every reader; only the
 * text differs between the patient's copy and the practitioner's feed.
 */
final class VisitEvent {

    private VisitEvent() {
    }

    /**
     * The patient's copy: what, with whom, where and whom to call. No patient name or date of birth: the
     * file ends up in third-party calendar services, and the patient knows who they are.
     */
    static VEvent forPatient(Appointment appointment, Clinic clinic, String uidDomain, Instant stamp) {
        String service = appointment.service.name.in(appointment.locale, clinic.defaultLocale);
        boolean spanish = "es".equals(Objects.requireNonNullElse(appointment.locale, clinic.defaultLocale).name());
        String description = lines(
                clinic.name, clinic.phone, clinic.address,
                (spanish ? "Referencia: " : "Reference: ") + appointment.reference);
        return event(appointment, clinic.zone(), uidDomain, stamp,
                service + " – " + appointment.practitioner.displayName, description, place(clinic));
    }

    /** The practitioner's view: who is coming, for what and why; never the date of birth or contact details. */
    static VEvent forPractitioner(Appointment appointment, Clinic clinic, String uidDomain) {
        String service = appointment.service.name.in(clinic.defaultLocale, clinic.defaultLocale);
        String patient = appointment.patient == null ? "Patient data erased"
                : appointment.patient.firstName + " " + appointment.patient.lastName;
        String description = lines(
                service,
                appointment.newPatient ? "New patient" : "Returning patient",
                appointment.reason == null ? null : "Reason: " + appointment.reason,
                appointment.status == AppointmentStatus.REQUESTED ? "Requested, not yet confirmed" : null,
                "Reference: " + appointment.reference);
        VEvent event = event(appointment, clinic.zone(), uidDomain, lastChange(appointment), patient + " – " + service,
                description, place(clinic));
        event.add(ImmutableClazz.CONFIDENTIAL);
        return event;
    }

    static String uid(Appointment appointment, String uidDomain) {
        return appointment.reference + "@" + uidDomain;
    }

    /** When the appointment last changed: the DTSTAMP of a stored copy (RFC 5545 §3.8.7.2, no METHOD). */
    static Instant lastChange(Appointment appointment) {
        return appointment.updatedAt != null ? appointment.updatedAt : appointment.createdAt;
    }

    static Status status(AppointmentStatus status) {
        return switch (status) {
            case REQUESTED -> ImmutableStatus.VEVENT_TENTATIVE;
            // Completed visits and no-shows took place in the calendar as confirmed time.
            case CONFIRMED, COMPLETED, NO_SHOW -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED, DECLINED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    /**
     * SEQUENCE is the entity's optimistic-lock version: Hibernate raises it with every update of the row,
     * so it grows with every change (reschedule, confirmation, cancellation) without a column of its own.
     */
    static int sequence(Appointment appointment) {
        return appointment.version;
    }

    private static VEvent event(Appointment appointment, ZoneId zone, String uidDomain, Instant stamp,
                                String summary, String description, String location) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(appointment, uidDomain)));
        event.add(new DtStamp(stamp));
        event.add(new LastModified(lastChange(appointment)));
        event.add(new Sequence(sequence(appointment)));
        event.add(new DtStart<>(time(appointment.startsAt, zone)));
        event.add(new DtEnd<>(time(appointment.endsAt, zone)));
        event.add(status(appointment.status));
        event.add(new Summary(summary));
        event.add(new Description(description));
        if (location != null) {
            event.add(new Location(location));
        }
        return event;
    }

    /**
     * An instant as the clinic's local time with its TZID, unless that local time happens twice (the repeated
     * hour of a fall-back day): then in UTC. A TZID time cannot name either occurrence to every reader: RFC 5545
     * (3.3.5) reads it as the first, ical.js (Thunderbird) and libical as the second.
     */
    static Temporal time(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return zone.getRules().getValidOffsets(local.toLocalDateTime()).size() > 1 ? instant : local;
    }

    private static String place(Clinic clinic) {
        return clinic.address == null || clinic.address.isBlank() ? clinic.name : clinic.name + ", " + clinic.address;
    }

    private static String lines(String... lines) {
        return Stream.of(lines).filter(line -> line != null && !line.isBlank()).collect(Collectors.joining("\n"));
    }
}
