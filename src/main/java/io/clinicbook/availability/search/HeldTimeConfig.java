package io.clinicbook.availability.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the slot search may reuse the time appointments hold (see {@link HeldTimeCache}). */
@ConfigMapping(prefix = "clinic.held-time")
interface HeldTimeConfig {

    /**
     * The oldest held time a slot search may answer from. Changes committed through this instance drop the
     * cache at once; on PostgreSQL those of other instances arrive by {@code NOTIFY} within milliseconds, and
     * this age bounds how long another instance's booking can go unseen should that notification be lost.
     */
    @WithDefault("2s")
    Duration maxAge();

    /**
     * Whether, on PostgreSQL, a connection of its own listens for other instances' changes. Without it (for
     * example behind a pooler that does not pass {@code LISTEN} on) only {@link #maxAge()} bounds them.
     */
    @WithDefault("true")
    boolean listen();
}
