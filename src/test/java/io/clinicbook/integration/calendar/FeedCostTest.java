package io.clinicbook.integration.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.booking.AppointmentStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A feed costs the same statements and reads the same rows however much history the practitioner has. */
@QuarkusTest
class FeedCostTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @Inject
    SessionFactory sessions;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The fewest statements prepared and entities loaded by one feed read, in three runs: other work does not count. */
    private long[] cost(String feed) {
        Statistics statistics = sessions.getStatistics();
        long statements = LongStream.range(0, 3).map(run -> {
            long before = statistics.getPrepareStatementCount();
            given().get(feed).then().statusCode(200);
            return statistics.getPrepareStatementCount() - before;
        }).min().orElseThrow();
        long loads = LongStream.range(0, 3).map(run -> {
            long before = statistics.getEntityLoadCount();
            given().get(feed).then().statusCode(200);
            return statistics.getEntityLoadCount() - before;
        }).min().orElseThrow();
        return new long[] {statements, loads};
    }

    @Test
    void yearsOfHistoryCostNothingMore() {
        clock.setInstant(NOW);
        String[] practitioner = CalendarFixtures.practitioner();
        String feed = FeedFixtures.rotate(practitioner[1]);
        IntStream.range(0, 3).forEach(day -> FeedFixtures.visit(practitioner[1], practitioner[0],
                NOW.plus(Duration.ofDays(day + 1)), AppointmentStatus.CONFIRMED, NOW));
        long[] before = cost(feed);

        IntStream.range(0, 60).forEach(week -> FeedFixtures.visit(practitioner[1], practitioner[0],
                NOW.minus(Duration.ofDays(40 + 7L * week)), AppointmentStatus.COMPLETED, NOW.minus(Duration.ofDays(40 + 7L * week))));
        long[] after = cost(feed);

        assertThat(before[0]).isPositive().isLessThanOrEqualTo(3);
        assertThat(after).containsExactly(before);
    }
}
