package io.clinicbook.integration.connected;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A visit written into a practitioner's CalDAV calendar, with the ETag its server answered to the last write. */
@Entity
@Table(name = "calendar_visit")
class CalendarVisit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long calendarId;
    Long appointmentId;
    String etag;

    static Optional<CalendarVisit> of(long calendarId, long appointmentId) {
        return find("calendarId = ?1 and appointmentId = ?2", calendarId, appointmentId).firstResultOptional();
    }
}
