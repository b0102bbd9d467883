package io.clinicbook.integration.webhook;

import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.problem.InvalidParameter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The webhook event types, by their names on the wire. */
enum EventType {
    REQUESTED("appointment.requested"),
    CONFIRMED("appointment.confirmed"),
    DECLINED("appointment.declined"),
    CANCELLED("appointment.cancelled"),
    RESCHEDULED("appointment.rescheduled"),
    COMPLETED("appointment.completed"),
    NO_SHOW("appointment.no_show"),
    PATIENT_DATA_ERASED("appointment.patient_data_erased"),
    /** A care plan was booked: one event with every visit (the visits send no appointment.requested of their own). */
    CARE_PLAN_BOOKED("care_plan.booked"),
    /** A care plan was cancelled from a day on; each cancelled visit also sends its appointment.cancelled. */
    CARE_PLAN_CANCELLED("care_plan.cancelled");

    final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    /**
     * The events a change sends. A request the clinic confirms at once is both requested and confirmed,
     * so that a subscriber to confirmations alone still hears of it.
     */
    static List<EventType> of(AppointmentChanged change, boolean ofAPlan) {
        if (ofAPlan && change.change() == AppointmentChanged.Change.REQUESTED) {
            return List.of(); // care_plan.booked tells of every visit
        }
        return switch (change.change()) {
            case REQUESTED -> change.to() == AppointmentStatus.CONFIRMED ? List.of(REQUESTED, CONFIRMED) : List.of(REQUESTED);
            case RESCHEDULED -> List.of(RESCHEDULED);
            case ERASED -> List.of(PATIENT_DATA_ERASED);
            case STATUS -> switch (change.to()) {
                case CONFIRMED -> List.of(CONFIRMED);
                case DECLINED -> List.of(DECLINED);
                case CANCELLED -> List.of(CANCELLED);
                case COMPLETED -> List.of(COMPLETED);
                case NO_SHOW -> List.of(NO_SHOW);
                case REQUESTED -> List.of();
            };
        };
    }

    static EventType parse(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new InvalidParameter("eventTypes", "There is no event type '" + wire + "'; use "
                        + Arrays.stream(values()).map(t -> t.wire).collect(Collectors.joining(", ")) + "."));
    }
}
