package io.clinicbook.integration.outbox;

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

/** One attempt to deliver a message: the delivery log staff read. Never the secret, never the body. */
@Entity
@Table(name = "delivery_attempt")
class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long messageId;
    int attempt;
    Instant at;
    @Enumerated(EnumType.STRING)
    Delivery.Outcome outcome;
    Integer responseCode;
    long latencyMs;
    String error;
    String instance;

    static List<DeliveryAttempt> of(long messageId) {
        return list("messageId = ?1 order by id", messageId);
    }
}
