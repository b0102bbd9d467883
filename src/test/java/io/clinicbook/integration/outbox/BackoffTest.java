package io.clinicbook.integration.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Retries wait the doubled delay with equal jitter: at least half of it, at most all of it, rarely the same twice. */
class BackoffTest {

    private static final OutboxConfig.Retry RETRY = new OutboxConfig.Retry() {
        @Override
        public Duration initialDelay() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration maxDelay() {
            return Duration.ofHours(1);
        }

        @Override
        public int maxAttempts() {
            return 16;
        }

        @Override
        public int failingAfter() {
            return 5;
        }
    };

    @Test
    void eachWaitLiesBetweenHalfAndAllOfTheDoubledDelayCappedAtTheMaximum() {
        assertBetween(1, Duration.ofSeconds(15), Duration.ofSeconds(30));
        assertBetween(2, Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertBetween(4, Duration.ofSeconds(120), Duration.ofSeconds(240));
        assertBetween(8, Duration.ofMinutes(30), Duration.ofHours(1)); // 30 s * 128 is past the 1 h cap
        assertBetween(40, Duration.ofMinutes(30), Duration.ofHours(1));
    }

    @Test
    void instancesRetryingTogetherSpreadOut() {
        Set<Duration> waits = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            waits.add(Backoff.after(3, RETRY));
        }
        assertThat(waits).hasSizeGreaterThan(40);
    }

    private static void assertBetween(int failures, Duration least, Duration most) {
        for (int i = 0; i < 500; i++) {
            assertThat(Backoff.after(failures, RETRY)).isBetween(least, most);
        }
    }
}
