package io.clinicbook.integration.calendar;

import io.clinicbook.catalog.Practitioner;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A practitioner's subscription feed: the SHA-256 (hex) of its secret token, never the token. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practitioner_id")
    public Practitioner practitioner;
    public String tokenHash;
    /** When the current token was issued (created or rotated). */
    public Instant issuedAt;

    static Optional<CalendarFeed> ofPractitioner(Practitioner practitioner) {
        return find("practitioner", practitioner).firstResultOptional();
    }

    /** The feed whose token hashes to {@code tokenHash}, with its practitioner fetched in the same query. */
    static Optional<CalendarFeed> withTokenHash(String tokenHash) {
        return find("from CalendarFeed f join fetch f.practitioner where f.tokenHash = ?1", tokenHash).firstResultOptional();
    }
}
