package io.clinicbook.integration.outbox;

import java.time.Duration;

/**
 * Delivers the messages of one channel. Called outside any transaction, so that a slow receiver holds
 * no database connection; implementations read what they need in short transactions of their own.
 */
public interface Courier {

    Channel channel();

    /** Whether messages of this channel may be sent now (email waits while no SMTP server is configured). */
    default boolean enabled() {
        return true;
    }

    Delivery deliver(OutboxMessage message);

    /** The longest one attempt can take with this channel's timeouts; the outbox lease must be longer. */
    Duration longestAttempt();

    /** Told, inside the transaction that records it, how an attempt went (webhooks track failing subscriptions). */
    default void recorded(OutboxMessage message, Delivery delivery) {
    }
}
