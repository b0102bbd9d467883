package io.clinicbook.clinic;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** "Now" comes from this clock, so that tests can stand on any date (DST days included). */
class ClinicClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
