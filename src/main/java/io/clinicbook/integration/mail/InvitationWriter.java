package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import io.clinicbook.integration.calendar.Invitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The iCalendar invitation attached to a patient's email: REQUEST for a visit that stands, CANCEL otherwise. */
@ApplicationScoped
class InvitationWriter {

    @Inject
    Invitations invitations;

    Letter.Invitation of(Appointment appointment, MailKind kind) {
        if (kind == MailKind.PLAN_BOOKED) {
            return new Letter.Invitation(Invitations.PUBLISH_MEDIA_TYPE, invitations.plan(Appointment.ofPlan(appointment.carePlanId)));
        }
        return kind.cancelsTheVisit() ? new Letter.Invitation(Invitations.CANCEL_MEDIA_TYPE, invitations.cancel(appointment))
                : new Letter.Invitation(Invitations.REQUEST_MEDIA_TYPE, invitations.request(appointment));
    }
}
