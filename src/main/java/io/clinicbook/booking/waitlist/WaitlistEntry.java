package io.clinicbook.booking.waitlist;

import io.clinicbook.booking.Person;
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
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A patient waiting for a time that was not free: a service, a practitioner or anyone, clinic-local days and times of day. */
@Entity
@Table(name = "waitlist_entry")
class WaitlistEntry extends PanacheEntityBase {

    /** WAITING for an offer; OFFERED while one is open; then BOOKED, LEFT or EXPIRED (past its last day). */
    public enum Status { WAITING, OFFERED, BOOKED, LEFT, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String reference;
    public String tokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    public ServiceType service;
    /** The practitioner wanted; null: anyone who offers the service. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id")
    public Practitioner practitioner;
    public LocalDate fromDate;
    public LocalDate toDate;
    /** The clinic-local window in which the visit may start, both ends included. */
    public LocalTime earliestStart;
    public LocalTime latestStart;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** Who waits; null once erased. */
    @Embedded
    public Person patient;
    public boolean newPatient;
    @Enumerated(EnumType.STRING)
    public SupportedLocale locale;
    public boolean consentToContact;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant erasedAt;
    @Version
    public int version;

    static Optional<WaitlistEntry> lockByReference(String reference) {
        return find("reference", reference).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    static Optional<WaitlistEntry> lock(long id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Locks the row until the transaction ends and reads it again: for an entry already loaded (through its offer),
     * whose version another transaction may have moved on meanwhile (a lock with a version check would fail).
     */
    void lockFresh() {
        getEntityManager().refresh(this, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The ids of the entries waiting for an offer, in the order they joined. */
    static List<Long> waitingInOrder() {
        return find("select e.id from WaitlistEntry e where e.status = ?1 order by e.id", Status.WAITING).project(Long.class).list();
    }

    /** Entries whose patient has this (lower-case) email address, locked until the transaction ends. */
    static List<WaitlistEntry> lockWithEmail(String email) {
        return find("patient.email", email).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Whether a visit starting at this clinic-local time of day fits the entry's window. */
    boolean fits(LocalTime start) {
        return !start.isBefore(earliestStart) && !start.isAfter(latestStart);
    }

    /** Ends the entry with {@code status}; its token stops working. */
    void end(Status ended, Instant now) {
        status = ended;
        tokenHash = null;
        updatedAt = now;
    }
}
