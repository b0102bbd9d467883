package io.clinicbook.booking;

import io.clinicbook.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Booking tests stand on {@link BookingFixtures#NOW}; the service's clock is real again after each test. */
abstract class OnAFixedMorning {

    @Inject
    TestClock clock;

    @BeforeEach
    void standOnAFixedMorning() {
        clock.setInstant(BookingFixtures.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
