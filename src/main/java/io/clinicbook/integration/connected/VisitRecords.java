package io.clinicbook.integration.connected;

import io.clinicbook.availability.search.HeldTime;
import io.clinicbook.booking.Appointment;
import io.clinicbook.integration.calendar.PractitionerEventFile;
import io.clinicbook.integration.outbox.OutboxMessage;
import io.clinicbook.integration.outbox.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** What {@link CalDavCourier} reads and records, each in a short transaction of its own. */
@ApplicationScoped
@Transactional
class VisitRecords {

    @Inject
    PractitionerEventFile files;
    @Inject
    SecretBox secrets;

    /** One write: where, with which credentials, the file to PUT (null: the visit is to be removed) and the ETag to match. */
    record Write(long calendarId, String calendarUrl, String username, String password, String name, String file, String etag) {
    }

    Optional<Write> write(OutboxMessage message) {
        long calendarId = Long.parseLong(message.payload.substring(VisitWrites.CALENDAR.length()));
        ConnectedCalendar calendar = ConnectedCalendar.findById(calendarId);
        if (calendar == null || !calendar.active || !calendar.writesVisits) {
            return Optional.empty();
        }
        Appointment appointment = Appointment.findById(message.appointmentId);
        boolean holds = HeldTime.HOLDING_STATUSES.contains(appointment.status.name());
        String etag = CalendarVisit.of(calendarId, appointment.id).map(v -> v.etag).orElse(null);
        return Optional.of(new Write(calendarId, calendar.url, calendar.username, secrets.open(calendar.password),
                files.resourceName(appointment), holds ? files.of(appointment) : null, etag));
    }

    void written(long calendarId, long appointmentId, String etag) {
        CalendarVisit visit = CalendarVisit.of(calendarId, appointmentId).orElseGet(() -> {
            CalendarVisit created = new CalendarVisit();
            created.calendarId = calendarId;
            created.appointmentId = appointmentId;
            return created;
        });
        visit.etag = etag;
        visit.persist();
    }

    void removed(long calendarId, long appointmentId) {
        CalendarVisit.delete("calendarId = ?1 and appointmentId = ?2", calendarId, appointmentId);
    }
}
