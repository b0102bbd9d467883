package io.clinicbook.booking.selfservice;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentEvent;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.Lifecycle;
import io.clinicbook.booking.ManageTokens;
import io.clinicbook.booking.guard.SlotGuard;
import io.clinicbook.booking.request.ReferenceCodes;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import io.clinicbook.support.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
                Objects.requireNonNullElse(Text.trimmedOrNull(reason), "Cancelled online"), now);
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
        guard.lockFirstFree(List.of(appointment.practitioner), appointment.service, start, appointment.id, appointment.practitioner.id);
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

    /** A missing token is the caller's mistake, named; a wrong one is a 404 like an unknown reference, so references cannot be probed. */
    private static Appointment mine(String reference, String token, boolean lock) {
        if (token == null || token.isBlank()) {
            throw new InvalidParameter(SelfServiceResource.MANAGE_TOKEN,
                    "Please send the manage token from the booking response in the X-Manage-Token header.");
        }
        Optional<Appointment> found = !ReferenceCodes.looksLikeOne(reference) ? Optional.empty()
                : lock ? Appointment.lockByReference(reference) : Appointment.findByReference(reference);
        if (!ManageTokens.matches(token, found.map(a -> a.manageTokenHash).orElse(null))) {
            throw new NotFound("There is no appointment with this reference and manage token.");
        }
        return found.get();
    }
}
