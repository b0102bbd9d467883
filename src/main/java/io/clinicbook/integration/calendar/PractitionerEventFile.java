package io.clinicbook.integration.calendar;

import io.clinicbook.booking.Appointment;
import io.clinicbook.clinic.Clinic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One visit as the practitioner's feed carries it, in a calendar file of its own: what is written into a
 * practitioner's own CalDAV calendar (integration.connected). The same UID and SEQUENCE as the feed and the
 * patient's copy, the feed's text (no date of birth, no contact details; "Patient data erased" after an erasure).
 */
@ApplicationScoped
public class PractitionerEventFile {

    @Inject
    CalendarConfig config;

    /** The file's text; read inside a transaction that has the appointment. */
    public String of(Appointment appointment) {
        Clinic clinic = Clinic.current();
        return IcsDocument.write(clinic.zone(), null, appointment.practitioner.displayName + " – " + clinic.name,
                List.of(VisitEvent.forPractitioner(appointment, clinic, config.uidDomain())));
    }

    /** The name of the event's resource in a CalDAV collection, stable for the appointment's life. */
    public String resourceName(Appointment appointment) {
        return appointment.reference + ".ics";
    }
}
