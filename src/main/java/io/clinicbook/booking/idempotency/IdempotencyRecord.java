package io.clinicbook.booking.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the service remembers of one Idempotency-Key: never the key itself, only its hash. Committed
 * only with its answer: the row is inserted and completed in the booking transaction.
 */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String keyHash;
    public String requestHash;
    public Integer responseStatus;
    public String location;
    /** The response body, encrypted with a key derived from the Idempotency-Key (see {@link Sealing}). */
    public String sealedResponse;
    public Instant createdAt;

    static IdempotencyRecord claimed(String keyHash, String requestHash, Instant now) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.keyHash = keyHash;
        record.requestHash = requestHash;
        record.createdAt = now;
        return record;
    }
}
