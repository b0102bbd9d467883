package io.clinicbook.integration.calendar;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.SelfService;
import io.clinicbook.clinic.Clinic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The patient's own copy of a visit as an {@code .ics} file, behind the manage token. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PatientCalendar {

    @Inject
    SelfService selfService;
    @Inject
    CalendarConfig config;

    /** The file; a wrong token gets the self-service 404. Its DTSTAMP is the last change, so a download is repeatable. */
    String file(String reference, String token) {
        Appointment appointment = selfService.appointment(reference, token);
        Clinic clinic = Clinic.current();
        return IcsDocument.write(clinic.zone(), null, null, List.of(
                VisitEvent.forPatient(appointment, clinic, config.uidDomain(), VisitEvent.lastChange(appointment))));
    }
}
