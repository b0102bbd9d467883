package io.clinicbook.integration.connected;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A practitioner's own calendar, read for the time it makes busy, and what the last reads of it saw. */
@Entity
@Table(name = "connected_calendar")
class ConnectedCalendar extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long practitionerId;
    @Enumerated(EnumType.STRING)
    CalendarKind kind;
    String url;
    String username;
    /** Sealed by SecretBox, never returned. */
    String password;
    String description;
    boolean active;
    String etag;
    String lastModified;
    Instant expandedAt;
    Instant lastAttemptAt;
    Instant lastSuccessAt;
    String lastError;
    int busyCount;
    Instant syncLeaseUntil;
    String syncLeasedBy;
    /** A CalDAV calendar chosen to receive the practitioner's visits. */
    boolean writesVisits;
    Instant createdAt;

    static List<ConnectedCalendar> of(long practitionerId) {
        return list("practitionerId = ?1 order by id", practitionerId);
    }

    static List<Long> activeIds() {
        return find("select c.id from ConnectedCalendar c where c.active = true order by c.id").project(Long.class).list();
    }
}
