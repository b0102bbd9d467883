package io.clinicbook.booking;

import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.i18n.SupportedLocale;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** Who the visit is for; null once erased. */
    @Embedded
    public Person patient;
    public LocalDate patientDateOfBirth;
    /** Who booked and is contacted, when not the patient; otherwise null. */
    @Embedded
    public Person contact;
    public String contactRelationship;
    public String reason;
    public boolean newPatient;
    @Enumerated(EnumType.STRING)
    public SupportedLocale locale;
    /** The patient's IANA zone from the booking, or null: emails to the patient show their time beside the clinic's. */
    public String patientTimeZone;
    public boolean consentToContact;
    /** SHA-256 (hex) of the manage token; null once erased, which ends self-service. */
    public String manageTokenHash;
    public Instant updatedAt;
    public Instant erasedAt;
    /** The care plan this visit belongs to (booking.plan), or null for a visit booked on its own. */
    public Long carePlanId;

    public static Optional<Appointment> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** The appointment with its row locked until the transaction ends, so changes to it queue up. */
    public static Optional<Appointment> lockByReference(String reference) {
        return find("reference", reference).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Appointments whose patient or contact has this (lower-case) email address, locked until the transaction ends. */
    public static List<Appointment> lockWithEmail(String email) {
        return find("patient.email = ?1 or contact.email = ?1", email).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The visits of a care plan, earliest first. */
    public static List<Appointment> ofPlan(long carePlanId) {
        return list("carePlanId = ?1 order by startsAt, id", carePlanId);
    }

    /** Places the visit at {@code start}, keeping the service's buffers around it. */
    public void placeAt(Instant start) {
        startsAt = start;
        endsAt = start.plus(service.duration());
        blockedFrom = start.minus(service.bufferBefore());
        blockedUntil = endsAt.plus(service.bufferAfter());
    }
}
