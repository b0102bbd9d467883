package io.clinicbook.booking;

import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A patient's visit with a practitioner. Times are instants (UTC). */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practitioner_id")
    public Practitioner practitioner;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    public ServiceType service;
    @Enumerated(EnumType.STRING)
    public AppointmentStatus status;
    public Instant startsAt;
    public Instant endsAt;
    /** Start of the time kept from others: the visit plus the service's buffer before. */
    public Instant blockedFrom;
    /** End of the time kept from others: the visit plus the service's buffer after. */
    public Instant blockedUntil;
    public Instant createdAt;
    @Version
    public int version;

    /**
     * The time-holding appointments of these practitioners whose blocked time meets [from, until).
     * Only appointments ending after {@code from} qualify, which the index on
     * (practitioner_id, blocked_until) finds without reading past history.
     */
    public static List<Appointment> holdingTime(Collection<Long> practitionerIds, Instant from, Instant until) {
        return list("practitioner.id in ?1 and blockedUntil > ?2 and blockedFrom < ?3 and status in ?4 order by blockedFrom",
                practitionerIds, from, until, AppointmentStatus.HOLDING_TIME);
    }
}
