package io.clinicbook.availability.search;

import static io.clinicbook.availability.SlotQueries.reason;
import static io.clinicbook.availability.SlotQueries.search;
import static io.clinicbook.availability.SlotQueries.starts;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.ClinicPolicy;
import io.clinicbook.availability.HeldAppointments;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Buffers, appointments, time off, closures, notice and horizon, in New York in March 2026 (EDT, -04:00). */
@QuarkusTest
class SlotSearchRulesTest {

    @Inject
    TestClock clock;
    private final ClinicPolicy policy = new ClinicPolicy();
    private final List<Long> closures = new ArrayList<>();

    @AfterEach
    void restore() {
        closures.forEach(AvailabilityFixtures::deleteClosure);
        policy.restore();
        clock.reset();
    }

    private void standOn(String instant, int minimumNotice, int horizonDays, int step) {
        policy.set("America/New_York", minimumNotice, horizonDays, step);
        clock.setInstant(Instant.parse(instant));
    }

    @Test
    void theVisitWithBothBuffersFitsTheIntervalAndMissesOtherAppointmentsWithTheirBuffers() {
        standOn("2026-03-01T12:00:00Z", 0, 60, 15);
        String service = CatalogueFixtures.service(30, 10, 15, "ANYONE");
        String other = CatalogueFixtures.service(30, 10, 10, "ANYONE");
        String dr = CatalogueFixtures.practitioner(service, other);
        AvailabilityFixtures.everyDay(dr, "09:00", "12:00");
        // Holds 09:50-10:40 local: its visit 10:00-10:30 with its own buffers of 10 minutes.
        HeldAppointments.add(dr, other, "2026-03-10T14:00:00Z", AppointmentStatus.CONFIRMED);
        HeldAppointments.add(dr, other, "2026-03-10T15:00:00Z", AppointmentStatus.CANCELLED);

        JsonPath slots = search(service, "2026-03-10", "2026-03-11");

        // 09:00 is too early for the 10-minute buffer before; a start needs its 30 + 15 minutes before 09:50, or from 10:50 on.
        assertThat(starts(slots, "2026-03-10")).containsExactly("2026-03-10T11:00:00-04:00", "2026-03-10T11:15:00-04:00");
        assertThat(starts(slots, "2026-03-11")).containsExactly(
                "2026-03-11T09:15:00-04:00", "2026-03-11T09:30:00-04:00", "2026-03-11T09:45:00-04:00", "2026-03-11T10:00:00-04:00",
                "2026-03-11T10:15:00-04:00", "2026-03-11T10:30:00-04:00", "2026-03-11T10:45:00-04:00", "2026-03-11T11:00:00-04:00",
                "2026-03-11T11:15:00-04:00");
        assertThat(slots.getString("days[0].slots[0].end")).isEqualTo("2026-03-10T11:30:00-04:00");
    }

    @Test
    void slotsFollowTheStepFromTheStartOfEachWorkingInterval() {
        standOn("2026-03-01T12:00:00Z", 0, 60, 30);
        String service = CatalogueFixtures.service(45);
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.workingHours(dr, """
                [{"day":"TUESDAY","start":"09:10","end":"11:00"},{"day":"TUESDAY","start":"13:45","end":"15:15"}]""");

        assertThat(starts(search(service, "2026-03-10", "2026-03-10"), "2026-03-10")).containsExactly(
                "2026-03-10T09:10:00-04:00", "2026-03-10T09:40:00-04:00", "2026-03-10T10:10:00-04:00",
                "2026-03-10T13:45:00-04:00", "2026-03-10T14:15:00-04:00");
    }

    @Test
    void partialTimeOffRemovesItsHoursAndWholeDaysSayTimeOff() {
        standOn("2026-03-01T12:00:00Z", 0, 60, 30);
        String service = CatalogueFixtures.service(30);
        String dr = AvailabilityFixtures.practitionerWorking(service, "09:00", "12:00");
        AvailabilityFixtures.timeOff(dr, "2026-03-10", "2026-03-10", "10:00", "11:00");
        AvailabilityFixtures.timeOff(dr, "2026-03-11", "2026-03-12", null, null);

        JsonPath slots = search(service, "2026-03-10", "2026-03-13");

        assertThat(starts(slots, "2026-03-10")).containsExactly(
                "2026-03-10T09:00:00-04:00", "2026-03-10T09:30:00-04:00", "2026-03-10T11:00:00-04:00", "2026-03-10T11:30:00-04:00");
        assertThat(reason(slots, "2026-03-11")).isEqualTo("TIME_OFF");
        assertThat(reason(slots, "2026-03-12")).isEqualTo("TIME_OFF");
        assertThat(starts(slots, "2026-03-13")).hasSize(6);
        assertThat(reason(slots, "2026-03-13")).isNull();
    }

    @Test
    void closuresSayHolidayWeekendsSayClosedAndFullDaysSayFullyBooked() {
        standOn("2026-03-01T12:00:00Z", 0, 60, 60);
        String service = CatalogueFixtures.service(60);
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.weekdays(dr, "09:00", "11:00");
        closures.add(AvailabilityFixtures.closure("2026-03-16", "2026-03-16", null, null));
        closures.add(AvailabilityFixtures.closure("2026-03-17", "2026-03-17", "10:00", null));
        HeldAppointments.add(dr, service, "2026-03-18T13:00:00Z", AppointmentStatus.CONFIRMED);
        HeldAppointments.add(dr, service, "2026-03-18T14:00:00Z", AppointmentStatus.REQUESTED);

        JsonPath slots = search(service, "2026-03-15", "2026-03-19");

        assertThat(reason(slots, "2026-03-15")).isEqualTo("CLOSED");
        assertThat(reason(slots, "2026-03-16")).isEqualTo("HOLIDAY");
        assertThat(starts(slots, "2026-03-17")).containsExactly("2026-03-17T09:00:00-04:00");
        assertThat(reason(slots, "2026-03-18")).isEqualTo("FULLY_BOOKED");
        assertThat(starts(slots, "2026-03-19")).containsExactly("2026-03-19T09:00:00-04:00", "2026-03-19T10:00:00-04:00");
    }

    @Test
    void aDayTooShortForTheVisitIsClosedForIt() {
        standOn("2026-03-01T12:00:00Z", 0, 60, 15);
        String service = CatalogueFixtures.service(90);
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.on(dr, List.of(DayOfWeek.TUESDAY), "09:00", "10:00");

        assertThat(reason(search(service, "2026-03-10", "2026-03-10"), "2026-03-10")).isEqualTo("CLOSED");
    }

    @Test
    void nothingStartsSoonerThanTheMinimumNotice() {
        // 10:10 local on Tuesday 10 March with two hours' notice: the first start is 12:10 or later.
        standOn("2026-03-10T14:10:00Z", 120, 60, 60);
        String service = CatalogueFixtures.service(60);
        String early = AvailabilityFixtures.practitionerWorking(service, "08:00", "12:00");
        String late = AvailabilityFixtures.practitionerWorking(service, "09:00", "17:00");

        JsonPath slots = search(service, "2026-03-09", "2026-03-11", "practitioner", late);
        assertThat(reason(slots, "2026-03-09")).isEqualTo("BEFORE_MINIMUM_NOTICE");
        assertThat(starts(slots, "2026-03-10")).containsExactly(
                "2026-03-10T13:00:00-04:00", "2026-03-10T14:00:00-04:00", "2026-03-10T15:00:00-04:00", "2026-03-10T16:00:00-04:00");
        assertThat(starts(slots, "2026-03-11")).hasSize(8);

        assertThat(reason(search(service, "2026-03-10", "2026-03-10", "practitioner", early), "2026-03-10"))
                .isEqualTo("BEFORE_MINIMUM_NOTICE");
    }

    @Test
    void nothingBeyondTheHorizonCountedInClinicDays() {
        // 23:30 on 9 March in New York is already 10 March in UTC: the horizon counts from the clinic's today.
        standOn("2026-03-10T03:30:00Z", 0, 2, 60);
        String service = CatalogueFixtures.service(60);
        String dr = AvailabilityFixtures.practitionerWorking(service, "09:00", "10:00");

        JsonPath slots = search(service, "2026-03-10", "2026-03-13");

        assertThat(starts(slots, "2026-03-10")).containsExactly("2026-03-10T09:00:00-04:00");
        assertThat(starts(slots, "2026-03-11")).containsExactly("2026-03-11T09:00:00-04:00");
        assertThat(reason(slots, "2026-03-12")).isEqualTo("BEYOND_HORIZON");
        assertThat(reason(slots, "2026-03-13")).isEqualTo("BEYOND_HORIZON");
    }

    @Test
    void everyPractitionerWhoOffersTheServiceIsSearchedAndTiesKeepTheirOrder() {
        standOn("2026-03-01T12:00:00Z", 0, 60, 60);
        String service = CatalogueFixtures.service(60);
        String first = CatalogueFixtures.practitioner(service);
        String second = CatalogueFixtures.practitioner(service);
        String elsewhere = CatalogueFixtures.practitioner(CatalogueFixtures.service(60));
        AvailabilityFixtures.everyDay(first, "09:00", "10:00");
        AvailabilityFixtures.everyDay(second, "08:00", "10:00");
        AvailabilityFixtures.everyDay(elsewhere, "07:00", "10:00");

        JsonPath slots = search(service, "2026-03-10", "2026-03-10");

        assertThat(slots.getList("days[0].slots.start")).containsExactly(
                "2026-03-10T08:00:00-04:00", "2026-03-10T09:00:00-04:00", "2026-03-10T09:00:00-04:00");
        // Ties follow the display order, then the slug (all test practitioners share one display order).
        List<String> bySlug = Stream.of(first, second).sorted().toList();
        assertThat(slots.getList("days[0].slots.practitioner")).containsExactly(second, bySlug.get(0), bySlug.get(1));
        assertThat(slots.getMap("days[0].slots[0]")).containsOnlyKeys("start", "end", "practitioner", "date");
    }

    @Test
    void aServiceNobodyOffersSaysSoForEveryDay() {
        standOn("2026-03-01T12:00:00Z", 0, 60, 60);
        String service = CatalogueFixtures.service(60);
        String dr = CatalogueFixtures.practitioner(CatalogueFixtures.service(60));
        AvailabilityFixtures.everyDay(dr, "09:00", "10:00");

        assertThat(search(service, "2026-03-10", "2026-03-12").getList("days.reason")).containsOnly("NOT_OFFERED").hasSize(3);
        assertThat(search(service, "2026-03-10", "2026-03-10", "practitioner", dr).getList("days.reason")).containsExactly("NOT_OFFERED");
    }

    @Test
    void withoutDatesTheSearchCoversAWeekFromTheClinicsToday() {
        standOn("2026-03-10T03:30:00Z", 0, 60, 60);
        String service = CatalogueFixtures.service(60);

        JsonPath slots = io.restassured.RestAssured.given().queryParam("service", service).get("/api/v1/slots")
                .then().statusCode(200).extract().jsonPath();

        assertThat(slots.getString("from")).isEqualTo("2026-03-09");
        assertThat(slots.getString("to")).isEqualTo("2026-03-15");
        assertThat(slots.getList("days.date")).hasSize(7);
    }
}
