package io.clinicbook.booking.waitlist;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an offer holds its time, and how often the waitlist is swept. */
@ConfigMapping(prefix = "clinic.waitlist")
interface WaitlistConfig {

    /** How long an offer's time is held for its patient alone before it passes to the next. */
    @WithDefault("30m")
    Duration hold();

    /** How often expired offers and entries are ended and free time is matched again (the {@code @Scheduled} interval). */
    @WithDefault("30s")
    String sweepInterval();

    /**
     * Whether a sweep also runs right after each committed change that may free time (a cancellation, a move, a
     * decline, a change to working time); without it, only the scheduled sweep offers freed time.
     */
    @WithDefault("true")
    boolean sweepAfterChanges();
}
