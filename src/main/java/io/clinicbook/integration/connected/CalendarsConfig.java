package io.clinicbook.integration.connected;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How practitioners' own calendars are read, and how long what was read is trusted. */
@ConfigMapping(prefix = "clinic.calendars")
interface CalendarsConfig {

    /** How often each active calendar is read; {@code off} stops the scheduled reads (tests call the sync). */
    @WithDefault("5m")
    String syncInterval();

    /**
     * A calendar not read successfully for this long withholds its practitioner's slots (and refuses their
     * bookings) until it is read again. Read by availability.search.CalendarBusy under the same key.
     */
    @WithDefault("30m")
    Duration staleAfter();

    /** How many days ahead busy time is read. */
    @WithDefault("180")
    int daysAhead();

    /** The largest calendar read, in bytes; a larger one is refused by name. */
    @WithDefault("5242880")
    int maxBytes();

    /** The most events (VEVENTs) read from one calendar, and the most busy intervals kept of it. */
    @WithDefault("20000")
    int maxEvents();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("20s")
    Duration readTimeout();
}
