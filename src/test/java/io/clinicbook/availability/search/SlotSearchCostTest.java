package io.clinicbook.availability.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.HeldAppointments;
import io.clinicbook.availability.SlotQueries;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.faq.FaqFixtures;
import io.clinicbook.integration.connected.CalendarFixtures;
import io.clinicbook.integration.connected.IcsServer;
import io.clinicbook.jdbc.CountingStatements;
import io.clinicbook.jdbc.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a search costs in statements, counted at the JDBC level (so the search's own plain-JDBC query
 * counts like any other), does not depend on the days asked for: none when nothing changed (held time
 * from the cache, everything else from the snapshot), one for the time held right after a change to
 * appointments, or, right after a change to working time, a fixed number more.
 */
@QuarkusTest
@TestProfile(CountingStatements.class)
class SlotSearchCostTest {

    @Inject
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
    }

    /** The fewest statements {@code search} executes in three runs after {@code first}: other work does not count. */
    private static long statements(Runnable first, Runnable search) {
        return LongStream.range(0, 3).map(run -> {
            first.run();
            long before = StatementCounter.executed();
            search.run();
            return StatementCounter.executed() - before;
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
        Runnable heldTimeChange = () -> HeldAppointments.add(other, service, "2026-03-24T14:00:00Z", AppointmentStatus.CANCELLED);
        Runnable workingTimeChange = () -> AvailabilityFixtures.weekdays(other, "09:00", "17:00");

        assertThat(statements(nothing, day)).isZero();
        assertThat(statements(nothing, month)).isZero();
        assertThat(statements(heldTimeChange, day)).isOne();
        assertThat(statements(heldTimeChange, month)).isOne();
        long afterAChange = statements(workingTimeChange, day);
        assertThat(afterAChange).isGreaterThan(1).isEqualTo(statements(workingTimeChange, month));
    }

    @Test
    void aRepeatedSearchIssuesNoHeldTimeStatementUntilABookingChangesHeldTime() {
        clock.setInstant(Instant.parse("2026-03-01T12:00:00Z"));
        String service = CatalogueFixtures.service(30);
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.weekdays(dr, "09:00", "17:00");
        Runnable week = () -> SlotQueries.search(service, "2026-03-02", "2026-03-08");
        week.run();

        assertThat(statements(() -> { }, week)).isZero();
        int[] booked = {0};
        Runnable book = () -> BookingFixtures.post(BookingFixtures.request(service, dr,
                OffsetDateTime.parse("2026-03-03T09:00-05:00").plusHours(booked[0]++))).statusCode(201);
        assertThat(statements(book, week)).isOne();
    }

    @Test
    void aPractitionersCalendarCostsTheSameStatementsWhateverItsNumberOfEvents() {
        clock.setInstant(Instant.parse("2026-03-01T12:00:00Z"));
        String service = CatalogueFixtures.service(30);
        String few = CatalogueFixtures.practitioner(service);
        String many = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.weekdays(few, "09:00", "17:00");
        AvailabilityFixtures.weekdays(many, "09:00", "17:00");
        try (IcsServer oneEvent = new IcsServer(); IcsServer thousands = new IcsServer()) {
            oneEvent.serve(CalendarFixtures.calendar("DTSTART:20260303T150000Z\nDTEND:20260303T160000Z"));
            String[] events = new String[501];
            for (int i = 0; i < 500; i++) {
                events[i] = "DTSTART:%sT2100%02dZ\nDTEND:%sT2130%02dZ".formatted(
                        java.time.LocalDate.of(2026, 3, 2).plusDays(i % 120).toString().replace("-", ""), i / 120,
                        java.time.LocalDate.of(2026, 3, 2).plusDays(i % 120).toString().replace("-", ""), i / 120);
            }
            events[500] = "DTSTART;TZID=America/New_York:20260302T120000\nDTEND;TZID=America/New_York:20260302T123000\n"
                    + "RRULE:FREQ=MINUTELY;INTERVAL=60;BYHOUR=12,13,14,15,16";
            thousands.serve(CalendarFixtures.calendar(events));
            CalendarFixtures.subscribe(few, oneEvent.url("/one.ics"));
            CalendarFixtures.subscribe(many, thousands.url("/many.ics"));
            Runnable searchFew = () -> SlotQueries.search(service, "2026-03-02", "2026-03-08", "practitioner", few);
            Runnable searchMany = () -> SlotQueries.search(service, "2026-03-02", "2026-03-08", "practitioner", many);
            Runnable heldTimeChange = () -> HeldAppointments.add(few, service, "2026-03-24T14:00:00Z", AppointmentStatus.CANCELLED);

            assertThat(SlotQueries.starts(SlotQueries.search(service, "2026-03-02", "2026-03-02", "practitioner", many), "2026-03-02"))
                    .hasSize(15).contains("2026-03-02T11:30:00-05:00", "2026-03-02T12:30:00-05:00", "2026-03-02T15:30:00-05:00")
                    .doesNotContain("2026-03-02T12:00:00-05:00", "2026-03-02T16:00:00-05:00", "2026-03-02T16:30:00-05:00");
            assertThat(statements(heldTimeChange, searchFew)).isOne();
            assertThat(statements(heldTimeChange, searchMany)).isOne();
            assertThat(statements(() -> { }, searchMany)).isZero();
        }
    }

    @Test
    void anFaqEditLeavesTheSnapshotAlone() {
        clock.setInstant(Instant.parse("2026-03-01T12:00:00Z"));
        String service = CatalogueFixtures.service(30);
        AvailabilityFixtures.weekdays(CatalogueFixtures.practitioner(service), "09:00", "17:00");
        Runnable week = () -> SlotQueries.search(service, "2026-03-02", "2026-03-08");
        week.run();

        assertThat(statements(FaqFixtures::category, week)).isZero();
    }
}
