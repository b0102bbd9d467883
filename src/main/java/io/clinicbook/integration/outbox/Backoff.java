package io.clinicbook.integration.outbox;

import java.time.Duration;

/** The wait before the next attempt: the initial delay doubled per failure, capped at the maximum. */
final class Backoff {

    private Backoff() {
    }

    /** The delay after {@code failures} failed attempts (1 for the first failure). */
    static Duration after(int failures, OutboxConfig.Retry retry) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = retry.initialDelay().multipliedBy(1L << doublings);
        return delay.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : delay;
    }
}
