package io.clinicbook.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How many public write requests (booking, cancelling, moving) one client address may send. */
@ConfigMapping(prefix = "clinic.rate-limit")
interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a client may send at once; the allowance refills evenly over {@link #period()}. */
    @WithDefault("20")
    int requests();

    @WithDefault("10m")
    Duration period();

    /**
     * Addresses never limited (for example a front-desk machine or a load test). Behind a proxy, the
     * client address comes from the proxy's headers only when {@code quarkus.http.proxy.*} says so.
     */
    Optional<List<String>> exemptAddresses();
}
