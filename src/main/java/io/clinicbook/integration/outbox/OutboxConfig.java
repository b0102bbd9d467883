package io.clinicbook.integration.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the dispatcher delivers the outbox: how often it looks, how many at once, how it retries. */
@ConfigMapping(prefix = "clinic.outbox")
public interface OutboxConfig {

    /** Whether this instance dispatches at all (several instances may all dispatch; claims keep them apart). */
    @WithDefault("true")
    boolean dispatch();

    /** How often the dispatcher looks for due messages (the {@code @Scheduled} interval). */
    @WithDefault("2s")
    String pollInterval();

    /** Messages claimed per pass. */
    @WithDefault("20")
    int batchSize();

    /**
     * Deliveries in flight at once per instance and channel: webhooks and emails each have this many
     * slots and threads of their own, so that a hung SMTP server cannot hold up webhooks.
     */
    @WithDefault("4")
    int workers();

    /**
     * How long a claim keeps other instances off a message. Must be longer than the longest attempt (a
     * webhook's connect and read timeouts together, an email's {@code clinic.mail.send-timeout}), so that a
     * message is claimed again only when its instance died; the service refuses to start otherwise.
     */
    @WithDefault("2m")
    Duration lease();

    /** The name of this instance in the delivery log (default host name and process id). */
    Optional<String> instanceName();

    Retry retry();

    /** Exponential back-off: initial delay, doubled per failed attempt up to the maximum delay. */
    interface Retry {
        @WithDefault("30s")
        Duration initialDelay();

        @WithDefault("1h")
        Duration maxDelay();

        /** Attempts before a message is given up (FAILED); with the defaults about 10 hours of retries. */
        @WithDefault("16")
        int maxAttempts();

        /** Consecutive failed attempts after which a webhook subscription is shown as failing. */
        @WithDefault("5")
        int failingAfter();
    }
}
