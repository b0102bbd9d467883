package io.clinicbook.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses where rate-limit buckets live from the database the build was made for. */
@ApplicationScoped
class RateLimitStorage {

    /** In memory, a quiet client's bucket is dropped after this long (every limit here refills sooner). */
    private static final Duration FORGET_LOCAL_AFTER = Duration.ofHours(1);

    private final ClientBuckets buckets;

    RateLimitStorage(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind, AgroalDataSource dataSource) {
        this.buckets = "postgresql".equals(dbKind) ? new SharedClientBuckets(dataSource) : ClientBuckets.inMemory(FORGET_LOCAL_AFTER);
    }

    @Produces
    @ApplicationScoped
    ClientBuckets clientBuckets() {
        return buckets;
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void removeExpired() {
        if (buckets instanceof SharedClientBuckets shared) {
            shared.removeExpired();
        }
    }
}
