package io.clinicbook.availability.search;

import static io.clinicbook.availability.SlotQueries.search;
import static io.clinicbook.availability.SlotQueries.starts;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.ClinicPolicy;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Working hours are wall-clock times: right on both sides of real DST changes, in both hemispheres. */
@QuarkusTest
class SlotSearchDstTest {

    @Inject
    TestClock clock;
    private final ClinicPolicy policy = new ClinicPolicy();

    @AfterEach
    void restore() {
        policy.restore();
        clock.reset();
    }

    /** Puts the clinic in {@code zone} with this slot step, no notice and a year's horizon, at {@code now}; answers a new service. */
    private String standOn(String zone, String now, int step, int visitMinutes) {
        policy.set(zone, 0, 366, step);
        clock.setInstant(Instant.parse(now));
        return CatalogueFixtures.service(visitMinutes);
    }

    @Test
    void nineOClockStaysNineOClockAcrossNewYorksSpringForward() {
        String service = standOn("America/New_York", "2026-03-01T12:00:00Z", 60, 60);
        AvailabilityFixtures.practitionerWorking(service, "09:00", "11:00");

        JsonPath slots = search(service, "2026-03-07", "2026-03-09");

        assertThat(starts(slots, "2026-03-07")).containsExactly("2026-03-07T09:00:00-05:00", "2026-03-07T10:00:00-05:00");
        assertThat(starts(slots, "2026-03-08")).containsExactly("2026-03-08T09:00:00-04:00", "2026-03-08T10:00:00-04:00");
        assertThat(starts(slots, "2026-03-09")).containsExactly("2026-03-09T09:00:00-04:00", "2026-03-09T10:00:00-04:00");
        assertThat(instant(starts(slots, "2026-03-07").get(0))).isEqualTo("2026-03-07T14:00:00Z");
        assertThat(instant(starts(slots, "2026-03-08").get(0))).isEqualTo("2026-03-08T13:00:00Z");
    }

    @Test
    void theHourSkippedBySpringForwardOffersNoSlots() {
        String service = standOn("America/New_York", "2026-03-01T12:00:00Z", 30, 30);
        AvailabilityFixtures.practitionerWorking(service, "00:00", "04:00");

        List<String> night = starts(search(service, "2026-03-08", "2026-03-08"), "2026-03-08");

        // 00:00 to 04:00 on the wall clock is three real hours: 02:00-02:59 does not exist.
        assertThat(night).containsExactly(
                "2026-03-08T00:00:00-05:00", "2026-03-08T00:30:00-05:00", "2026-03-08T01:00:00-05:00",
                "2026-03-08T01:30:00-05:00", "2026-03-08T03:00:00-04:00", "2026-03-08T03:30:00-04:00");
        assertThat(night.stream().map(SlotSearchDstTest::instant)).containsExactly(
                "2026-03-08T05:00:00Z", "2026-03-08T05:30:00Z", "2026-03-08T06:00:00Z",
                "2026-03-08T06:30:00Z", "2026-03-08T07:00:00Z", "2026-03-08T07:30:00Z");
    }

    @Test
    void theHourRepeatedByFallBackYieldsDistinctSlotsAndNoLostWork() {
        String service = standOn("America/New_York", "2026-10-20T12:00:00Z", 30, 30);
        AvailabilityFixtures.practitionerWorking(service, "00:00", "04:00");

        JsonPath slots = search(service, "2026-11-01", "2026-11-02");

        // 00:00 to 04:00 on the wall clock is five real hours: 01:00-01:59 happens twice.
        assertThat(starts(slots, "2026-11-01")).containsExactly(
                "2026-11-01T00:00:00-04:00", "2026-11-01T00:30:00-04:00",
                "2026-11-01T01:00:00-04:00", "2026-11-01T01:30:00-04:00",
                "2026-11-01T01:00:00-05:00", "2026-11-01T01:30:00-05:00",
                "2026-11-01T02:00:00-05:00", "2026-11-01T02:30:00-05:00",
                "2026-11-01T03:00:00-05:00", "2026-11-01T03:30:00-05:00");
        assertThat(starts(slots, "2026-11-01").stream().map(SlotSearchDstTest::instant).distinct()).hasSize(10);
        assertThat(starts(slots, "2026-11-02").get(0)).isEqualTo("2026-11-02T00:00:00-05:00");
    }

    @Test
    void nineOClockStaysNineOClockAcrossNewYorksFallBack() {
        String service = standOn("America/New_York", "2026-10-20T12:00:00Z", 60, 60);
        AvailabilityFixtures.practitionerWorking(service, "09:00", "10:00");

        JsonPath slots = search(service, "2026-10-31", "2026-11-02");

        assertThat(starts(slots, "2026-10-31")).containsExactly("2026-10-31T09:00:00-04:00");
        assertThat(starts(slots, "2026-11-01")).containsExactly("2026-11-01T09:00:00-05:00");
        assertThat(starts(slots, "2026-11-02")).containsExactly("2026-11-02T09:00:00-05:00");
        assertThat(instant(starts(slots, "2026-11-01").get(0))).isEqualTo("2026-11-01T14:00:00Z");
    }

    @Test
    void sydneyEndsDaylightSavingInAprilAndStartsItInOctober() {
        String service = standOn("Australia/Sydney", "2026-03-20T00:00:00Z", 60, 60);
        AvailabilityFixtures.practitionerWorking(service, "09:00", "10:00");

        JsonPath april = search(service, "2026-04-04", "2026-04-05");
        assertThat(starts(april, "2026-04-04")).containsExactly("2026-04-04T09:00:00+11:00");
        assertThat(starts(april, "2026-04-05")).containsExactly("2026-04-05T09:00:00+10:00");
        assertThat(instant(starts(april, "2026-04-05").get(0))).isEqualTo("2026-04-04T23:00:00Z");

        JsonPath october = search(service, "2026-10-03", "2026-10-04");
        assertThat(starts(october, "2026-10-03")).containsExactly("2026-10-03T09:00:00+10:00");
        assertThat(starts(october, "2026-10-04")).containsExactly("2026-10-04T09:00:00+11:00");
        assertThat(instant(starts(october, "2026-10-04").get(0))).isEqualTo("2026-10-03T22:00:00Z");
    }

    @Test
    void sydneysSkippedAndRepeatedHoursAtNight() {
        String service = standOn("Australia/Sydney", "2026-03-20T00:00:00Z", 30, 30);
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.on(dr, List.of(DayOfWeek.SUNDAY), "01:30", "03:30");

        // 5 April: clocks go back from 03:00 to 02:00, so 02:00-02:59 happens twice.
        assertThat(starts(search(service, "2026-04-05", "2026-04-05"), "2026-04-05")).containsExactly(
                "2026-04-05T01:30:00+11:00", "2026-04-05T02:00:00+11:00", "2026-04-05T02:30:00+11:00",
                "2026-04-05T02:00:00+10:00", "2026-04-05T02:30:00+10:00", "2026-04-05T03:00:00+10:00");
        // 4 October: clocks jump from 02:00 to 03:00, so 02:00-02:59 does not exist.
        assertThat(starts(search(service, "2026-10-04", "2026-10-04"), "2026-10-04")).containsExactly(
                "2026-10-04T01:30:00+10:00", "2026-10-04T03:00:00+11:00");
    }

    @Test
    void aPatientZoneShowsTheSameInstantsButKeepsTheClinicDate() {
        String service = standOn("America/New_York", "2026-03-01T12:00:00Z", 60, 60);
        String dr = AvailabilityFixtures.practitionerWorking(service, "09:00", "12:00");

        JsonPath madrid = search(service, "2026-03-10", "2026-03-10", "tz", "Europe/Madrid", "practitioner", dr);
        assertThat(madrid.getString("timeZone")).isEqualTo("Europe/Madrid");
        assertThat(madrid.getString("clinicTimeZone")).isEqualTo("America/New_York");
        // New York is already on daylight time on 10 March, Madrid not until 29 March: 5 hours apart, not 6.
        assertThat(starts(madrid, "2026-03-10")).containsExactly(
                "2026-03-10T14:00:00+01:00", "2026-03-10T15:00:00+01:00", "2026-03-10T16:00:00+01:00");
        assertThat(madrid.getList("days[0].slots.end")).containsExactly(
                "2026-03-10T15:00:00+01:00", "2026-03-10T16:00:00+01:00", "2026-03-10T17:00:00+01:00");

        JsonPath tokyo = search(service, "2026-03-10", "2026-03-10", "tz", "Asia/Tokyo");
        assertThat(tokyo.getList("days[0].slots.start")).containsExactly(
                "2026-03-10T22:00:00+09:00", "2026-03-10T23:00:00+09:00", "2026-03-11T00:00:00+09:00");
        assertThat(tokyo.getList("days[0].slots.date")).containsOnly("2026-03-10");
    }

    static String instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant().toString();
    }
}
