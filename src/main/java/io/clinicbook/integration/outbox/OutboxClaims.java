package io.clinicbook.integration.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The dispatcher's transactions. A claim is a lease written by a conditional UPDATE: of several
 * instances selecting the same due messages, only one sees its update count, on PostgreSQL and H2
 * alike, and the others skip them. A message is due only when no earlier message with its ordering
 * key is still pending, which keeps each receiver's events of one appointment in order.
 */
@ApplicationScoped
@Transactional
class OutboxClaims {

    private static final Logger LOG = Logger.getLogger(OutboxClaims.class);

    List<OutboxMessage> claim(Collection<Channel> channels, Instant now, Instant leaseUntil, String instance, int batch) {
        List<Long> due = OutboxMessage.getEntityManager().createQuery("""
                        select m.id from OutboxMessage m
                        where m.status = :pending and m.channel in :channels and m.nextAttemptAt <= :now
                          and (m.claimedUntil is null or m.claimedUntil < :now)
                          and not exists (select 1 from OutboxMessage earlier where earlier.orderingKey = m.orderingKey
                                          and earlier.status = :pending and earlier.id < m.id)
                        order by m.id""", Long.class)
                .setParameter("pending", MessageStatus.PENDING).setParameter("channels", channels).setParameter("now", now)
                .setMaxResults(batch).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        OutboxMessage.update("claimedUntil = ?1, claimedBy = ?2 where id in ?3 and status = ?4 and (claimedUntil is null or claimedUntil < ?5)",
                leaseUntil, instance, due, MessageStatus.PENDING, now);
        return OutboxMessage.list("id in ?1 and claimedBy = ?2 and claimedUntil = ?3 order by id", due, instance, leaseUntil);
    }

    /** Logs the attempt and moves the message on: delivered, skipped, retried later, or given up. */
    void record(long id, Delivery delivery, long latencyMs, Instant now, String instance, OutboxConfig.Retry retry, Courier courier) {
        OutboxMessage message = OutboxMessage.findById(id);
        if (!instance.equals(message.claimedBy)) {
            // The lease ran out before the attempt ended and another instance took the message over.
            LOG.warnf("Outbox message %d: the claim of %s lapsed during its attempt", id, instance);
        }
        message.attempts++;
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.messageId = id;
        attempt.attempt = (int) DeliveryAttempt.count("messageId", id) + 1; // counts on across redeliveries
        attempt.at = now;
        attempt.outcome = delivery.outcome();
        attempt.responseCode = delivery.responseCode();
        attempt.latencyMs = latencyMs;
        attempt.error = delivery.error();
        attempt.instance = instance;
        attempt.persist();

        message.claimedBy = null;
        message.claimedUntil = null;
        message.lastError = delivery.error();
        switch (delivery.outcome()) {
            case DELIVERED -> {
                message.status = MessageStatus.DELIVERED;
                message.deliveredAt = now;
                message.sealedToken = null;
            }
            case SKIPPED -> {
                message.status = MessageStatus.SKIPPED;
                message.sealedToken = null;
            }
            case FAILED, REFUSED -> {
                if (message.attempts >= retry.maxAttempts()) {
                    message.status = MessageStatus.FAILED;
                    message.sealedToken = null;
                } else {
                    message.nextAttemptAt = now.plus(Backoff.after(message.attempts, retry));
                }
            }
        }
        courier.recorded(message, delivery);
    }
}
