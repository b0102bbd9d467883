package io.clinicbook.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;

/** Buckets in this instance's memory; those of clients gone quiet are dropped, and at most {@value #TRACKED} are kept. */
final class LocalClientBuckets implements ClientBuckets {

    private static final long TRACKED = 100_000;

    private final Cache<String, Bucket> buckets;

    /** {@code forgetAfter}: the time a bucket takes to refill, after which a fresh one is the same. */
    LocalClientBuckets(Duration forgetAfter) {
        this.buckets = Caffeine.newBuilder().maximumSize(TRACKED).expireAfterAccess(forgetAfter).build();
    }

    @Override
    public Bucket of(String key, BucketConfiguration configuration) {
        return buckets.get(key, k -> {
            LocalBucketBuilder bucket = Bucket.builder();
            for (Bandwidth limit : configuration.getBandwidths()) {
                bucket.addLimit(limit);
            }
            return bucket.build();
        });
    }
}
