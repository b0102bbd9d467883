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

/**
 * A webhook event or an email, written in the transaction of the change that caused it and delivered
 * afterwards by the {@link Dispatcher}. Messages with the same {@link #orderingKey} go out in id order.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The webhook-id: the same on every attempt, so that receivers can drop repeats. */
    public String messageId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String orderingKey;
    public Long subscriptionId;
    /** The appointment the message is about; null for the email of a waitlist offer. */
    public Long appointmentId;
    public String appointmentReference;
    public String eventType;
    /** The webhook body, frozen when the change happened; null for emails, which are rendered when sent. */
    public String payload;
    /** The token the email carries (a waitlist offer's), sealed by {@link SecretBox}; wiped once sent. */
    public String sealedToken;
    /** The waitlist offer the email is about (booking.waitlist), or null. */
    public Long waitlistOfferId;
    @Enumerated(EnumType.STRING)
    public MessageStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant claimedUntil;
    public String claimedBy;
    public Instant createdAt;
    public Instant deliveredAt;
    public String lastError;
}
