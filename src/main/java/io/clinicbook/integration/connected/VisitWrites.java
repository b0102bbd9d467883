package io.clinicbook.integration.connected;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.NewMessage;
import io.clinicbook.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every change to an appointment (new, confirmed, moved, cancelled, declined, erased) becomes, inside its
 * transaction, one outbox message per CalDAV calendar of the practitioner chosen to receive visits. The
 * message names the calendar only: {@link CalDavCourier} writes the visit as it is when delivered, and
 * messages of one visit and calendar are delivered in order.
 */
@ApplicationScoped
class VisitWrites {

    static final String CALENDAR = "calendar:";

    /** The transaction's resource holding the calendars read for it, by practitioner: one query however many visits change. */
    private static final Object TARGETS = new Object();

    @Inject
    Outbox outbox;
    @Inject
    TransactionSynchronizationRegistry transactions;

    void onChange(@Observes AppointmentChanged change) {
        Appointment appointment = Appointment.findById(change.appointmentId());
        for (Long calendar : targets().getOrDefault(appointment.practitioner.id, List.of())) {
            outbox.add(new NewMessage(Channel.CALDAV, "caldav:" + calendar + ":" + appointment.id, "calendar.visit", appointment.id,
                    appointment.reference, null, CALENDAR + calendar, null), change.at());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<Long>> targets() {
        Map<Long, List<Long>> targets = (Map<Long, List<Long>>) transactions.getResource(TARGETS);
        if (targets == null) {
            targets = ConnectedCalendar.<ConnectedCalendar>list("active = true and writesVisits = true").stream()
                    .collect(Collectors.groupingBy(c -> c.practitionerId, Collectors.mapping(c -> c.id, Collectors.toList())));
            transactions.putResource(TARGETS, targets);
        }
        return targets;
    }
}
