package io.clinicbook.integration.mail;

import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.booking.AppointmentStatus;
import java.util.List;

/** The emails the service sends, each with its name in the outbox. */
enum MailKind {
    REQUESTED("patient.requested", true),
    CONFIRMED("patient.confirmed", true),
    DECLINED("patient.declined", true),
    CANCELLED("patient.cancelled", true),
    RESCHEDULED("patient.rescheduled", true),
    REMINDER("patient.reminder", true),
    NEW_REQUEST("staff.new_request", false),
    /** A booked care plan: one email for all its visits, sent instead of each visit's own (booking.plan). */
    PLAN_BOOKED("patient.plan_booked", true),
    /** Freed time offered to a waiting patient, with the link that accepts or declines it (booking.waitlist). */
    WAITLIST_OFFER("patient.waitlist_offer", true);

    final String eventType;
    final boolean toPatient;

    MailKind(String eventType, boolean toPatient) {
        this.eventType = eventType;
        this.toPatient = toPatient;
    }

    /** The emails a change sends: a request confirmed at once is told as a confirmation. */
    static List<MailKind> of(AppointmentChanged change, boolean ofAPlan) {
        if (ofAPlan && change.change() == AppointmentChanged.Change.REQUESTED) {
            return List.of(); // the plan's one email tells of every visit
        }
        return switch (change.change()) {
            case REQUESTED -> List.of(change.to() == AppointmentStatus.CONFIRMED ? CONFIRMED : REQUESTED, NEW_REQUEST);
            case RESCHEDULED -> List.of(RESCHEDULED);
            case ERASED -> List.of();
            case STATUS -> switch (change.to()) {
                case CONFIRMED -> List.of(CONFIRMED);
                case DECLINED -> List.of(DECLINED);
                case CANCELLED -> List.of(CANCELLED);
                case REQUESTED, COMPLETED, NO_SHOW -> List.of();
            };
        };
    }

    static MailKind of(String eventType) {
        for (MailKind kind : values()) {
            if (kind.eventType.equals(eventType)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No email kind " + eventType);
    }

    /** Whether the invitation attached cancels the visit in the patient's calendar. */
    boolean cancelsTheVisit() {
        return this == DECLINED || this == CANCELLED;
    }
}
