package io.clinicbook.integration.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before the next attempt: the initial delay doubled per failure, capped at the maximum, with
 * "equal jitter" (half of it fixed, the other half random) so that messages that failed together, say
 * when a receiver was down, do not all come back at the same moment.
 */
final class Backoff {

    private Backoff() {
    }

    /** The delay after {@code failures} failed attempts (1 for the first failure): between half the doubled delay and all of it. */
    static Duration after(int failures, OutboxConfig.Retry retry) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = retry.initialDelay().multipliedBy(1L << doublings);
        long capped = (delay.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : delay).toMillis();
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }
}
