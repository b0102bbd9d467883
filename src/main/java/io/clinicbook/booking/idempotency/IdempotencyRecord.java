package io.clinicbook.booking.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the service remembers of one Idempotency-Key: never the key itself, only its hash. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord extends PanacheEntityBase {

    enum State { IN_FLIGHT, COMPLETE }

    @Id
    public String keyHash;
    public String requestHash;
    @Enumerated(EnumType.STRING)
    public State state;
    /** The attempt holding an in-flight key; only it may complete the record. */
    public String attempt;
    public Integer responseStatus;
    public String location;
    /** The response body, encrypted with a key derived from the Idempotency-Key (see {@link Sealing}). */
    public String sealedResponse;
    public Instant createdAt;

    static IdempotencyRecord inFlight(String keyHash, String requestHash, String attempt, Instant now) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.keyHash = keyHash;
        record.requestHash = requestHash;
        record.state = State.IN_FLIGHT;
        record.attempt = attempt;
        record.createdAt = now;
        return record;
    }
}
