package io.clinicbook.booking.plan;

import static io.clinicbook.Staff.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.ClinicPolicy;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Care plans on real dates: March 2027 in New York, whose clocks spring forward on Sunday 14 March. */
@QuarkusTest
class CarePlanTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Friday 26 February 2027, 09:00 in New York. */
    static final Instant NOW = ZonedDateTime.of(2027, 2, 26, 9, 0, 0, 0, NEW_YORK).toInstant();
    static final List<String> MON_WED_FRI = List.of("MONDAY", "WEDNESDAY", "FRIDAY");

    @Inject
    TestClock clock;
    private final ClinicPolicy policy = new ClinicPolicy();

    @BeforeEach
    void standInFebruary() {
        clock.setInstant(NOW);
        policy.set("America/New_York", 60, 90, 30);
    }

    @AfterEach
    void restore() {
        policy.restore();
        clock.reset();
    }

    static String practitionerOnWeekdays(String service) {
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.weekdays(dr, "08:00", "18:00");
        return dr;
    }

    @Test
    void twelveVisitsOverFourWeeksAcrossTheSpringChangeKeepTheirLocalTime() {
        String service = CatalogueFixtures.service(30);
        String dr = practitionerOnWeekdays(service);

        PlanFixtures.Created plan = PlanFixtures.created(PlanFixtures.weekly(service, dr, 3, MON_WED_FRI, 4, "10:00", "2027-03-01"));

        List<Map<String, Object>> proposal = plan.response().path("plan.proposal");
        assertThat(proposal).hasSize(12);
        assertThat(proposal).extracting(v -> v.get("match")).containsOnly("MATCHES_PATTERN");
        assertThat(proposal).extracting(v -> v.get("start")).containsExactly(
                "2027-03-01T10:00:00-05:00", "2027-03-03T10:00:00-05:00", "2027-03-05T10:00:00-05:00",
                "2027-03-08T10:00:00-05:00", "2027-03-10T10:00:00-05:00", "2027-03-12T10:00:00-05:00",
                "2027-03-15T10:00:00-04:00", "2027-03-17T10:00:00-04:00", "2027-03-19T10:00:00-04:00",
                "2027-03-22T10:00:00-04:00", "2027-03-24T10:00:00-04:00", "2027-03-26T10:00:00-04:00");

        var booked = PlanFixtures.book(plan, UUID.randomUUID().toString()).statusCode(201)
                .body("status", equalTo("BOOKED")).body("visits", hasSize(12)).body("progress.remaining", equalTo(12))
                .extract();
        List<String> starts = booked.path("visits.start");
        for (String start : starts) {
            OffsetDateTime at = OffsetDateTime.parse(start);
            assertThat(at.atZoneSameInstant(NEW_YORK).toLocalTime()).hasToString("10:00");
            assertThat(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)).contains(at.getDayOfWeek());
        }
        // In UTC the visits move an hour earlier after the change: 15:00Z before, 14:00Z after.
        assertThat(OffsetDateTime.parse(starts.get(5)).toInstant()).isEqualTo(Instant.parse("2027-03-12T15:00:00Z"));
        assertThat(OffsetDateTime.parse(starts.get(6)).toInstant()).isEqualTo(Instant.parse("2027-03-15T14:00:00Z"));
        // Each visit is an ordinary appointment: the staff queue has all twelve, confirmed or requested.
        asAdmin().queryParam("practitioner", dr).queryParam("status", "REQUESTED").queryParam("status", "CONFIRMED")
                .get("/api/v1/admin/appointments").then().statusCode(200).body("totalItems", equalTo(12));
    }

    @Test
    void aPlanWhoseFourthVisitWasTakenMeanwhileBooksNothingAndNamesVisitFour() {
        String service = CatalogueFixtures.service(30);
        String dr = practitionerOnWeekdays(service);
        PlanFixtures.Created plan = PlanFixtures.created(PlanFixtures.weekly(service, dr, 3, MON_WED_FRI, 2, "10:00", "2027-03-01"));
        String fourth = (String) plan.visits().get(3).get("start");
        assertThat(fourth).isEqualTo("2027-03-08T10:00:00-05:00");
        BookingFixtures.post(BookingFixtures.request(service, dr, OffsetDateTime.parse(fourth))).statusCode(201);

        PlanFixtures.book(plan, UUID.randomUUID().toString()).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/plan-visits-taken"))
                .body("visits", hasSize(1))
                .body("visits[0].visit", equalTo(4))
                .body("visits[0].start", equalTo(fourth))
                .body("visits[0].reason", equalTo("TAKEN"))
                .body("visits[0].alternatives", hasSize(3))
                .body("visits[0].alternatives[0].start", equalTo("2027-03-08T10:30:00-05:00"));

        // Nothing of the plan was written: the practitioner holds only the single booking, the plan is still proposed.
        asAdmin().queryParam("practitioner", dr).queryParam("status", "REQUESTED").queryParam("status", "CONFIRMED")
                .get("/api/v1/admin/appointments").then().statusCode(200).body("totalItems", equalTo(1));
        asAdmin().get("/api/v1/admin/care-plans/{reference}", plan.reference()).then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                // the fresh proposal moves visit 4 to the nearest free time that day (the earlier of two as near)
                .body("proposal[3].start", equalTo("2027-03-08T09:30:00-05:00"))
                .body("proposal[3].match", equalTo("NEAREST_ALTERNATIVE"));
    }

    @Test
    void aFullDayMovesTheVisitToTheNextDay() {
        String service = CatalogueFixtures.service(30);
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.weekdays(dr, "09:00", "10:00");
        BookingFixtures.post(BookingFixtures.request(service, dr, OffsetDateTime.parse("2027-03-01T09:00:00-05:00"))).statusCode(201);
        BookingFixtures.post(BookingFixtures.request(service, dr, OffsetDateTime.parse("2027-03-01T09:30:00-05:00"))).statusCode(201);

        PlanFixtures.create(PlanFixtures.weekly(service, dr, 1, List.of("MONDAY"), 2, "09:00", "2027-03-01")).statusCode(201)
                .body("plan.proposal[0].wanted", equalTo("2027-03-01"))
                .body("plan.proposal[0].start", equalTo("2027-03-02T09:00:00-05:00"))
                .body("plan.proposal[0].match", equalTo("NEAREST_ALTERNATIVE"))
                .body("plan.proposal[1].start", equalTo("2027-03-08T09:00:00-05:00"))
                .body("plan.proposal[1].match", equalTo("MATCHES_PATTERN"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswerAndBooksOnce() {
        String service = CatalogueFixtures.service(30);
        String dr = practitionerOnWeekdays(service);
        PlanFixtures.Created plan = PlanFixtures.created(PlanFixtures.weekly(service, dr, 2, List.of("TUESDAY", "THURSDAY"), 2, "11:00", "2027-03-01"));
        String key = UUID.randomUUID().toString();

        String first = PlanFixtures.book(plan, key).statusCode(201).extract().asString();
        String again = PlanFixtures.book(plan, key).statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(again).isEqualTo(first);
        asAdmin().queryParam("practitioner", dr).get("/api/v1/admin/appointments").then().body("totalItems", equalTo(4));
        PlanFixtures.book(plan, UUID.randomUUID().toString()).statusCode(409).body("type", equalTo("https://clinicbook.io/problems/plan-already-booked"));
    }

    @Test
    void theTokenManagesThePlanAndEachVisitAloneAndThePlanCancelsFromADay() {
        String service = CatalogueFixtures.service(30);
        String dr = practitionerOnWeekdays(service);
        PlanFixtures.Created plan = PlanFixtures.created(PlanFixtures.weekly(service, dr, 2, List.of("MONDAY", "THURSDAY"), 2, "14:00", "2027-03-01"));
        List<String> references = PlanFixtures.book(plan, null).statusCode(201).extract().path("visits.reference");

        // The first visit moves alone through the ordinary self-service, with the plan's token.
        given().header("X-Manage-Token", plan.token()).contentType(ContentType.JSON).body(Map.of("start", "2027-03-01T15:00:00-05:00"))
                .post("/api/v1/appointments/{reference}/reschedule", references.get(0)).then().statusCode(200)
                .body("start", equalTo("2027-03-01T15:00:00-05:00"));
        clock.setInstant(Instant.parse("2027-03-01T21:00:00Z")); // the moved visit has ended
        asAdmin().body(Map.of("status", "COMPLETED")).post("/api/v1/admin/appointments/{reference}/status-changes", references.get(0))
                .then().statusCode(200);
        given().header("X-Manage-Token", "wrong").get("/api/v1/care-plans/{reference}", plan.reference()).then().statusCode(404);
        given().get("/api/v1/care-plans/{reference}", plan.reference()).then().statusCode(400);

        given().header("X-Manage-Token", plan.token()).contentType(ContentType.JSON).body(Map.of("from", "2027-03-08"))
                .post("/api/v1/care-plans/{reference}/cancel", plan.reference()).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledFrom", equalTo("2027-03-08"))
                .body("visits.status", equalTo(List.of("COMPLETED", "CONFIRMED", "CANCELLED", "CANCELLED")))
                .body("progress.attended", equalTo(1)).body("progress.remaining", equalTo(1)).body("progress.cancelled", equalTo(2));
    }

    @Test
    void moreVisitsAWeekThanThePractitionerWorksDaysIsA400NamingTheField() {
        String service = CatalogueFixtures.service(30);
        String dr = CatalogueFixtures.practitioner(service);
        AvailabilityFixtures.on(dr, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), "09:00", "17:00");

        PlanFixtures.create(PlanFixtures.weekly(service, dr, 4, null, 2, "10:00", "2027-03-01")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("pattern.visitsPerWeek"))
                .body("violations[0].message", equalTo("The plan asks for 4 visits a week, but Dr. Test works 3 days a week (MONDAY, WEDNESDAY, FRIDAY)."));
    }

    @Test
    void aPlanPastTheBookingHorizonIsA400NamingTheWeeks() {
        String service = CatalogueFixtures.service(30);
        String dr = practitionerOnWeekdays(service);

        PlanFixtures.create(PlanFixtures.weekly(service, dr, 2, List.of("MONDAY", "FRIDAY"), 20, "10:00", "2027-03-01")).statusCode(400)
                .body("violations[0].field", equalTo("pattern.weeks"))
                .body("violations[0].message", equalTo("Visit 26 of the plan would be on 2027-05-28, past the clinic's booking horizon: "
                        + "bookings are taken up to 2027-05-27."));
    }

    @Test
    void anUnknownWeekdayIsA400NamingIt() {
        String service = CatalogueFixtures.service(30);
        String dr = practitionerOnWeekdays(service);

        PlanFixtures.create(PlanFixtures.weekly(service, dr, 2, List.of("MONDAY", "FUNDAY"), 2, "10:00", "2027-03-01")).statusCode(400)
                .body("violations[0].field", equalTo("pattern.weekdays[1]"))
                .body("violations[0].message", equalTo("'FUNDAY' is not a weekday; use MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY."));
    }

    @Test
    void otherBadPlansAre400sNeverA500() {
        String service = CatalogueFixtures.service(30);
        String dr = practitionerOnWeekdays(service);
        Map<String, Object> both = PlanFixtures.weekly(service, dr, 2, null, 2, "10:00", "2027-03-01");
        both.put("dates", List.of("2027-03-02"));
        PlanFixtures.create(both).statusCode(400).body("violations[0].field", equalTo("pattern"));
        PlanFixtures.create(PlanFixtures.weekly(service, dr, 9, null, 2, "10:00", "2027-03-01")).statusCode(400)
                .body("violations.field", everyItem(notNullValue()));
        PlanFixtures.create(PlanFixtures.weekly(service, dr, 2, null, 2, "10:00", "2027-02-01")).statusCode(400)
                .body("violations[0].field", equalTo("earliestStart"));
        PlanFixtures.create(PlanFixtures.weekly(service, dr, 2, List.of("MONDAY"), 2, "10:00", "2027-03-01")).statusCode(400)
                .body("violations[0].field", equalTo("pattern.weekdays"));
        PlanFixtures.create(PlanFixtures.weekly(service, dr, 2, null, 2, "25:00", "2027-03-01")).statusCode(400);
        Map<String, Object> twice = PlanFixtures.base(service, dr, "10:00", null);
        twice.put("dates", List.of("2027-03-02", "2027-03-02"));
        PlanFixtures.create(twice).statusCode(400).body("violations[0].field", equalTo("dates[1]"));

        PlanFixtures.Created plan = PlanFixtures.created(PlanFixtures.weekly(service, dr, 1, List.of("MONDAY"), 2, "10:00", "2027-03-01"));
        List<Map<String, Object>> overlapping = List.of(Map.of("start", "2027-03-01T10:00:00-05:00"), Map.of("start", "2027-03-01T10:15:00-05:00"));
        PlanFixtures.book(plan.reference(), plan.token(), overlapping, null).statusCode(400)
                .body("violations[0].field", equalTo("visits[1].start"));
        PlanFixtures.book(plan.reference(), plan.token(), List.of(Map.of("start", "2027-03-01T10:10:00-05:00")), null).statusCode(422)
                .body("visits[0].reason", equalTo("OFF_STEP"));
    }
}
