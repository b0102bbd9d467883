package io.clinicbook.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * Token buckets by client key. On PostgreSQL they live in the database, so every instance draws
 * from the same bucket and N instances together allow the limit once; on the embedded H2 database
 * (one instance) they live in memory.
 */
public interface ClientBuckets {

    /** The bucket of this key, created full with this configuration when it is new. */
    Bucket of(String key, BucketConfiguration configuration);

    /** Buckets in this instance's memory, each forgotten once unused for {@code forgetAfter} (its time to refill). */
    static ClientBuckets inMemory(Duration forgetAfter) {
        return new LocalClientBuckets(forgetAfter);
    }
}
