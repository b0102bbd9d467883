package io.clinicbook.booking.queue;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentEvent;
import io.clinicbook.booking.Lifecycle;
import io.clinicbook.booking.plan.CarePlan;
import io.clinicbook.booking.waitlist.WaitlistErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Erases a patient's personal data on request. Their appointments stay, anonymised, for the clinic's
 * statistics: service, practitioner, times and status remain; names, contact details, date of birth,
 * reasons and the manage token go, and so do the free-text reasons in their history. Their waitlist entries are
 * erased alike ({@link WaitlistErasure}).
 */
@ApplicationScoped
@Transactional
class PatientErasure {

    @Inject
    Clock clock;
    @Inject
    Lifecycle lifecycle;
    @Inject
    WaitlistErasure waitlist;

    /** Erases every appointment whose patient or contact has this email; returns how many there were. */
    public int erase(String email, String staff) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        List<Appointment> appointments = Appointment.lockWithEmail(address);
        Instant now = clock.instant();
        for (Appointment appointment : appointments) {
            appointment.patient = null;
            appointment.patientDateOfBirth = null;
            appointment.contact = null;
            appointment.contactRelationship = null;
            appointment.reason = null;
            appointment.patientTimeZone = null;
            appointment.manageTokenHash = null;
            appointment.erasedAt = now;
            AppointmentEvent.clearReasons(appointment);
            lifecycle.erased(appointment, staff, now);
        }
        CarePlan.lockWithEmail(address).forEach(plan -> plan.erase(now));
        waitlist.erase(address, now);
        return appointments.size();
    }
}
