package io.clinicbook.integration.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** iCalendar settings: what a practitioner's feed holds, and how events are named. */
@ConfigMapping(prefix = "clinic.calendar")
interface CalendarConfig {

    /** The domain part of every event's UID ({@code REFERENCE@domain}); keep it once calendars hold events. */
    @WithDefault("appointments.clinicbook.io")
    String uidDomain();

    /** How many days of past visits a practitioner's feed still lists. */
    @WithDefault("30")
    int feedDaysBack();

    /** How many days ahead a practitioner's feed lists visits. */
    @WithDefault("180")
    int feedDaysAhead();

    /** How long after its last change a cancelled or declined visit stays in the feed as STATUS:CANCELLED. */
    @WithDefault("P14D")
    Duration feedKeepsCancelled();

    /** The service's public address for feed URLs (e.g. behind a proxy); unset, the address the request came to. */
    Optional<URI> publicBaseUrl();
}
