package io.clinicbook.booking.waitlist;

import io.clinicbook.catalog.Practitioner;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import java.util.List;
import java.util.Optional;

/**
 * Freed time offered to one waiting patient. While OPEN and before {@link #expiresAt} it holds
 * [blockedFrom, blockedUntil) from everyone else as an appointment would ({@code availability.search.HeldTime}
 * reads these rows): everything about an offer is in its row, so a hold survives a restart.
 */
@Entity
@Table(name = "waitlist_offer")
class WaitlistOffer extends PanacheEntityBase {

    public enum Status { OPEN, ACCEPTED, DECLINED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    public WaitlistEntry entry;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practitioner_id")
    public Practitioner practitioner;
    public Instant startsAt;
    public Instant endsAt;
    public Instant blockedFrom;
    public Instant blockedUntil;
    public Instant expiresAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String tokenHash;
    public Long appointmentId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    static Optional<WaitlistOffer> findByTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** The offers still OPEN whose hold ended at or before {@code now}, oldest first. */
    static List<WaitlistOffer> dueToExpire(Instant now) {
        return list("status = ?1 and expiresAt <= ?2 order by id", Status.OPEN, now);
    }

    static List<WaitlistOffer> ofEntry(long entryId) {
        return list("entry.id = ?1 order by id", entryId);
    }

    /** Locks its entry's row, then its own (the order every change to an offer keeps), each read again. */
    void lockWithEntry() {
        entry.lockFresh();
        getEntityManager().refresh(this, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether it holds its time now. */
    boolean holds(Instant now) {
        return status == Status.OPEN && expiresAt.isAfter(now);
    }

    /** Ends the offer with {@code status}; its token stops working. */
    void end(Status ended, Instant now) {
        status = ended;
        updatedAt = now;
    }
}
