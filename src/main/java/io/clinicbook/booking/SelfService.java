package io.clinicbook.booking;

import io.clinicbook.availability.Unbookable;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a patient does with the manage token: view, cancel, reschedule. A wrong token and an unknown
 * reference get the same 404, so that nothing tells whether a reference exists.
 */
@ApplicationScoped
@Transactional
public class SelfService {

    @Inject
    Clock clock;
    @Inject
    SlotGuard guard;
    @Inject
    Lifecycle lifecycle;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AppointmentView view(String reference, String token) {
        return AppointmentView.of(mine(reference, token, false), Clinic.current());
    }

    /** The appointment itself, for features that show it in another form (the calendar file); same 404 as above. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Appointment appointment(String reference, String token) {
        return mine(reference, token, false);
    }

    public AppointmentView cancel(String reference, String token, String reason) {
        Appointment appointment = mine(reference, token, true);
        Clinic clinic = Clinic.current();
        Instant now = clock.instant();
        if (appointment.status.holdsTime()) {
            checkWindow(appointment, clinic, now);
        }
        lifecycle.move(appointment, AppointmentStatus.CANCELLED, AppointmentEvent.PATIENT,
                reason == null || reason.isBlank() ? "Cancelled online" : reason.trim(), now);
        return AppointmentView.of(appointment, clinic);
    }

    /**
     * Moves the visit in one transaction: the new time is checked and taken under the practitioner's
     * lock, and the old one is released by the same update, so a refusal leaves the old time booked.
     */
    public AppointmentView reschedule(String reference, String token, Instant start) {
        Appointment appointment = mine(reference, token, true);
        Clinic clinic = Clinic.current();
        Instant now = clock.instant();
        lifecycle.checkMovable(appointment);
        checkWindow(appointment, clinic, now);
        Optional<Unbookable> why = guard.lockAndCheck(appointment.practitioner, appointment.service, start, appointment.id);
        if (why.isPresent()) {
            throw SlotGuard.refusal(why.get(), appointment.service, appointment.practitioner.id, start);
        }
        Instant before = appointment.startsAt;
        appointment.placeAt(start);
        guard.write(appointment, appointment.practitioner.id);
        lifecycle.rescheduled(appointment, AppointmentEvent.PATIENT, "Moved from " + before.atZone(clinic.zone()).toOffsetDateTime()
                + " to " + start.atZone(clinic.zone()).toOffsetDateTime(), now);
        return AppointmentView.of(appointment, clinic);
    }

    static Instant changeableUntil(Appointment appointment, Clinic clinic) {
        return appointment.startsAt.minus(Duration.ofHours(clinic.cancellationCutoffHours));
    }

    private static void checkWindow(Appointment appointment, Clinic clinic, Instant now) {
        if (now.isAfter(changeableUntil(appointment, clinic))) {
            throw new ChangeWindowClosed(clinic.cancellationCutoffHours, clinic.phone);
        }
    }

    private static Appointment mine(String reference, String token, boolean lock) {
        Optional<Appointment> found = !ReferenceCodes.looksLikeOne(reference) ? Optional.empty()
                : lock ? Appointment.lockByReference(reference) : Appointment.findByReference(reference);
        if (!ManageTokens.matches(token, found.map(a -> a.manageTokenHash).orElse(null))) {
            throw new NotFound("There is no appointment with this reference and manage token.");
        }
        return found.get();
    }
}
