package io.clinicbook.staff.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a console session lasts: it ends after {@link #idleTimeout()} unused, and {@link #absoluteTimeout()} after sign-in whatever happens. */
@ConfigMapping(prefix = "clinic.console")
interface SessionConfig {

    @WithDefault("30m")
    Duration idleTimeout();

    @WithDefault("12h")
    Duration absoluteTimeout();

    /** A session's last use is written at most this often, so that reading pages costs no write each time. */
    @WithDefault("1m")
    Duration touchInterval();
}
