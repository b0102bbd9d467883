package io.clinicbook.booking;

import io.clinicbook.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Booking tests stand on {@link BookingFixtures#NOW}; the service's clock is real again after each test. */
public abstract class OnAFixedMorning {

    @Inject
    protected TestClock clock;

    @BeforeEach
    protected void standOnAFixedMorning() {
        clock.setInstant(BookingFixtures.NOW);
    }

    @AfterEach
    protected void resetClock() {
        clock.reset();
    }
}
