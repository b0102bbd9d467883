package io.clinicbook.booking.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.ClinicPolicy;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.jdbc.CountingStatements;
import io.clinicbook.jdbc.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What proposing and booking a plan cost in statements, counted at the JDBC level (the profile SlotSearchCostTest
 * already uses, so no extra restart when the two run together): a proposal costs the same for 3 visits as for 12,
 * and a booking grows by the visit's own writes only (its row and its history line), never by reads.
 */
@QuarkusTest
@TestProfile(CountingStatements.class)
class PlanCostTest {

    /** A visit's writes: the appointment and its history line. */
    private static final int WRITES_PER_VISIT = 2;

    @Inject
    TestClock clock;
    private final ClinicPolicy policy = new ClinicPolicy();

    @BeforeEach
    void standInFebruary() {
        clock.setInstant(CarePlanTest.NOW);
        policy.set("America/New_York", 60, 90, 30);
    }

    @AfterEach
    void restore() {
        policy.restore();
        clock.reset();
    }

    @Test
    void proposingCostsTheSameForAnyLengthAndBookingOnlyAddsEachVisitsWrites() {
        String service = CatalogueFixtures.service(30);
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.weekdays(dr, "08:00", "18:00");
        List<String> days = List.of("MONDAY", "WEDNESDAY", "FRIDAY");
        // a first plan warms everything up (prepared statements, caches of the clinic's settings)
        PlanFixtures.book(PlanFixtures.created(PlanFixtures.weekly(service, dr, 3, days, 1, "08:00", "2027-03-01")), null).statusCode(201);

        long[] proposeShort = new long[1];
        long[] proposeLong = new long[1];
        PlanFixtures.Created shortPlan = counted(proposeShort, () -> PlanFixtures.created(PlanFixtures.weekly(service, dr, 3, days, 1, "10:00", "2027-03-01")));
        PlanFixtures.Created longPlan = counted(proposeLong, () -> PlanFixtures.created(PlanFixtures.weekly(service, dr, 3, days, 4, "14:00", "2027-03-01")));
        long[] bookShort = new long[1];
        long[] bookLong = new long[1];
        counted(bookShort, () -> PlanFixtures.book(shortPlan, UUID.randomUUID().toString()).statusCode(201));
        counted(bookLong, () -> PlanFixtures.book(longPlan, UUID.randomUUID().toString()).statusCode(201));

        assertThat(proposeLong[0]).isEqualTo(proposeShort[0]);
        assertThat(bookLong[0] - bookShort[0]).isEqualTo((12 - 3) * WRITES_PER_VISIT);
        assertThat(bookShort[0]).isLessThan(30);
    }

    private static <T> T counted(long[] into, java.util.function.Supplier<T> request) {
        long before = StatementCounter.executed();
        T result = request.get();
        into[0] = StatementCounter.executed() - before;
        return result;
    }
}
