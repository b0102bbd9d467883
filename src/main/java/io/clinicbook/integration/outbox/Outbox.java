package io.clinicbook.integration.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.UUID;

/** Writes messages into the outbox. Callers are inside the transaction of the change that causes them. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Outbox {

    public void add(NewMessage message, Instant now) {
        OutboxMessage row = new OutboxMessage();
        row.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        row.channel = message.channel();
        row.orderingKey = message.orderingKey();
        row.eventType = message.eventType();
        row.appointmentId = message.appointmentId();
        row.appointmentReference = message.appointmentReference();
        row.subscriptionId = message.subscriptionId();
        row.payload = message.payload();
        row.sealedToken = message.sealedToken();
        row.waitlistOfferId = message.waitlistOfferId();
        row.status = MessageStatus.PENDING;
        row.nextAttemptAt = now;
        row.createdAt = now;
        row.persist();
    }

    /** Marks the pending messages of a subscription SKIPPED (it was paused); staff may redeliver them. */
    public void skipPendingOf(long subscriptionId, String why) {
        OutboxMessage.update("status = ?1, lastError = ?2, claimedUntil = null, claimedBy = null where subscriptionId = ?3 and status = ?4",
                MessageStatus.SKIPPED, why, subscriptionId, MessageStatus.PENDING);
    }

    /** Marks an appointment's pending messages of a channel SKIPPED (its patient's data was erased). */
    public void skipPendingOf(long appointmentId, Channel channel, String why) {
        OutboxMessage.update("status = ?1, lastError = ?2, sealedToken = null where appointmentId = ?3 and channel = ?4 and status = ?5",
                MessageStatus.SKIPPED, why, appointmentId, channel, MessageStatus.PENDING);
    }
}
