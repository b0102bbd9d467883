package io.clinicbook.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.stream.LongStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a search costs in statements does not depend on the days asked for. The held time is one JDBC
 * statement of its own; everything else comes from the setup snapshot, or, right after a staff
 * write, from a fixed number of Hibernate statements.
 */
@QuarkusTest
class SlotSearchCostTest {

    @Inject
    SessionFactory sessions;
    @Inject
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
    }

    /** The fewest Hibernate statements {@code search} prepares in three runs after {@code first}: other work does not count. */
    private long statements(Runnable first, Runnable search) {
        return LongStream.range(0, 3).map(run -> {
            first.run();
            long before = sessions.getStatistics().getPrepareStatementCount();
            search.run();
            return sessions.getStatistics().getPrepareStatementCount() - before;
        }).min().orElseThrow();
    }

    @Test
    void aDayAndAMonthCostTheSame() {
        clock.setInstant(Instant.parse("2026-03-01T12:00:00Z"));
        String service = CatalogueFixtures.service(30);
        String dr = CatalogueFixtures.practitioner(service);
        String other = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.weekdays(dr, "09:00", "17:00");
        AvailabilityFixtures.weekdays(other, "09:00", "17:00");
        AvailabilityFixtures.timeOff(dr, "2026-03-05", "2026-03-06", null, null);
        HeldAppointments.add(dr, service, "2026-03-03T14:00:00Z", AppointmentStatus.CONFIRMED);
        HeldAppointments.add(other, service, "2026-03-20T14:00:00Z", AppointmentStatus.CONFIRMED);
        Runnable day = () -> SlotQueries.search(service, "2026-03-02", "2026-03-02");
        Runnable month = () -> SlotQueries.search(service, "2026-03-02", "2026-04-01");
        Runnable nothing = () -> { };
        Runnable staffWrite = () -> AvailabilityFixtures.weekdays(other, "09:00", "17:00");

        assertThat(statements(nothing, day)).isZero();
        assertThat(statements(nothing, month)).isZero();
        long afterAWrite = statements(staffWrite, day);
        assertThat(afterAWrite).isPositive().isEqualTo(statements(staffWrite, month));
    }
}
