package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The iCalendar invitation attached to a patient's email: REQUEST for a visit that stands, CANCEL otherwise. */
@ApplicationScoped
class InvitationWriter {

    Optional<Letter.Invitation> of(Appointment appointment, MailKind kind) {
        // Wired to io.clinicbook.integration.calendar.Invitations once the calendar feature is merged.
        return Optional.empty();
    }
}
