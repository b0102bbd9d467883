package io.clinicbook.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Buckets in PostgreSQL's {@code rate_limit_bucket} table (migration V9_1), read and written under a
 * row lock by bucket4j, so that every instance sees the same tokens. A row expires once its bucket
 * would be full again; {@link #removeExpired()} deletes such rows.
 */
final class SharedClientBuckets implements ClientBuckets {

    private static final int CLEAN_UP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SharedClientBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Override
    public Bucket of(String key, BucketConfiguration configuration) {
        return buckets.builder().build(key, () -> configuration);
    }

    int removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(CLEAN_UP_BATCH);
            removed += batch;
        } while (batch == CLEAN_UP_BATCH);
        return removed;
    }
}
