package io.clinicbook.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How many failed staff sign-ins are allowed per account and per client address before a wait. */
@ConfigMapping(prefix = "clinic.login-throttle")
interface LoginThrottleConfig {

    /** Failed sign-ins allowed for one username; the allowance refills evenly over {@link #period()}. */
    @WithDefault("5")
    int accountFailures();

    /** Failed sign-ins allowed from one client address, whatever the usernames. */
    @WithDefault("20")
    int addressFailures();

    @WithDefault("15m")
    Duration period();

    /** Addresses never throttled (the test profile's loopback); none by default. */
    Optional<List<String>> exemptAddresses();
}
