package io.clinicbook.integration.calendar;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.integration.calendar.CalendarFixtures.at;
import static io.clinicbook.integration.calendar.FeedFixtures.visit;
import static io.clinicbook.integration.calendar.Ics.parameter;
import static io.clinicbook.integration.calendar.Ics.property;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.clinicbook.TestClock;
import io.clinicbook.booking.AppointmentStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PractitionerFeedTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @Inject
    TestClock clock;

    String service;
    String dr;
    String feed;

    @BeforeEach
    void aPractitionerWithAFeed() {
        clock.setInstant(NOW);
        String[] practitioner = CalendarFixtures.practitioner();
        service = practitioner[0];
        dr = practitioner[1];
        feed = FeedFixtures.rotate(dr);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Ics read(String feed) {
        return Ics.parse(given().get(feed).then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString());
    }

    private static Map<String, VEvent> byReference(Ics ics) {
        return ics.events().stream().collect(Collectors.toMap(e -> property(e, "UID").split("@")[0], e -> e));
    }

    private String visitAt(Instant start, AppointmentStatus status) {
        return visit(dr, service, start, status, NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void requestedVisitsAreTentativeAndConfirmedOnesConfirmedInTheClinicsZone() {
        String requested = visit(dr, service, at(3, 8, 9, 0).toInstant(), AppointmentStatus.REQUESTED, NOW);
        String confirmed = visit(dr, service, at(3, 9, 10, 0).toInstant(), AppointmentStatus.CONFIRMED, NOW);

        Ics ics = read(feed);
        Map<String, VEvent> events = byReference(ics);

        assertThat(events).containsOnlyKeys(requested, confirmed);
        VEvent tentative = events.get(requested);
        assertThat(property(tentative, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(property(events.get(confirmed), "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(tentative, "DTSTART")).isEqualTo("20260308T090000");
        assertThat(parameter(tentative, "DTSTART", "TZID")).isEqualTo("TZID=America/New_York");
        assertThat(property(tentative, "DTSTAMP")).isEqualTo("20260302T120000Z");
        assertThat(property(tentative, "SUMMARY")).isEqualTo("Ana García – Test visit");
        assertThat(property(tentative, "DESCRIPTION")).contains("New patient").contains("Reason: Lower back pain, 32 weeks pregnant");
        assertThat(ics.calendar().getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void theFeedNeverCarriesTheDateOfBirthOrContactDetails() {
        visitAt(at(3, 4, 9, 0).toInstant(), AppointmentStatus.CONFIRMED);
        visitAt(at(3, 5, 9, 0).toInstant(), AppointmentStatus.CANCELLED);

        String text = given().get(feed).then().statusCode(200).extract().asString();

        assertThat(Ics.parse(text).events()).hasSize(2);
        assertThat(text.replace("\r\n ", "")).doesNotContain("1987-04-17").doesNotContain("19870417").doesNotContain("04/17/1987")
                .doesNotContain("17/04/1987")
                .doesNotContain(FeedFixtures.EMAIL).doesNotContain("555 019").doesNotContain("5550198877");
    }

    @Test
    void cancelledVisitsStayAsCancelledForAWhileThenLeave() {
        String justCancelled = visitAt(at(3, 10, 9, 0).toInstant(), AppointmentStatus.CANCELLED);
        String declined = visitAt(at(3, 10, 10, 0).toInstant(), AppointmentStatus.DECLINED);
        String longCancelled = visit(dr, service, at(3, 10, 11, 0).toInstant(), AppointmentStatus.CANCELLED, NOW.minus(Duration.ofDays(15)));

        Map<String, VEvent> events = byReference(read(feed));

        assertThat(events).containsOnlyKeys(justCancelled, declined).doesNotContainKey(longCancelled);
        assertThat(property(events.get(justCancelled), "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(events.get(declined), "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void onlyVisitsInsideTheWindowAreListed() {
        String lastMonth = visitAt(NOW.minus(Duration.ofDays(29)), AppointmentStatus.COMPLETED);
        visitAt(NOW.minus(Duration.ofDays(31)), AppointmentStatus.COMPLETED);
        String inHalfAYear = visitAt(NOW.plus(Duration.ofDays(179)), AppointmentStatus.CONFIRMED);
        visitAt(NOW.plus(Duration.ofDays(181)), AppointmentStatus.CONFIRMED);

        assertThat(byReference(read(feed))).containsOnlyKeys(lastMonth, inHalfAYear);
    }

    @Test
    void pollingWithTheEtagGets304UntilSomethingChanges() {
        visitAt(at(3, 11, 9, 0).toInstant(), AppointmentStatus.CONFIRMED);
        String etag = given().get(feed).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get(feed).then()
                .statusCode(304).header("ETag", equalTo(etag)).body(emptyOrNullString());

        visitAt(at(3, 11, 10, 0).toInstant(), AppointmentStatus.REQUESTED);
        String changed = given().header("If-None-Match", etag).get(feed).then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    /** RFC 9110 (13.1.2): If-None-Match compares weakly, takes a list, and {@code *} matches any current feed. */
    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndAStar() {
        visitAt(at(3, 11, 11, 0).toInstant(), AppointmentStatus.CONFIRMED);
        String etag = given().get(feed).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", "W/" + etag).get(feed).then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"other\", " + etag).get(feed).then().statusCode(304);
        given().header("If-None-Match", "\"a,b\",W/" + etag).get(feed).then().statusCode(304);
        given().header("If-None-Match", "*").get(feed).then().statusCode(304);
        given().header("If-None-Match", "\"other\", W/\"another\"").get(feed).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void aRotatedUrlStopsWorkingAndTheNewOneWorks() {
        String reference = visitAt(at(3, 12, 9, 0).toInstant(), AppointmentStatus.CONFIRMED);

        String rotated = FeedFixtures.rotate(dr);

        assertThat(rotated).isNotEqualTo(feed).startsWith("/api/v1/calendar-feeds/").endsWith(".ics");
        given().get(feed).then().statusCode(404).contentType("application/problem+json");
        assertThat(byReference(read(rotated))).containsOnlyKeys(reference);
    }

    @Test
    void staffSeeThatAFeedExistsButNotItsSecret() {
        asStaff().get("/api/v1/admin/practitioners/{slug}/calendar-feed", dr).then()
                .statusCode(200)
                .body("practitioner", equalTo(dr))
                .body("active", equalTo(true))
                .body("issuedAt", equalTo("2026-03-02T07:00:00-05:00"))
                .body("url", nullValue());
        String other = CalendarFixtures.practitioner()[1];
        asAdmin().get("/api/v1/admin/practitioners/{slug}/calendar-feed", other).then()
                .statusCode(200).body("active", equalTo(false)).body("url", nullValue());
        asAdmin().get("/api/v1/admin/practitioners/{slug}/calendar-feed", "dr-nobody").then()
                .statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/admin/practitioners/{slug}/calendar-feed/rotate", dr).then().statusCode(401);
    }

    @Test
    void anUnknownFeedIs404() {
        given().get("/api/v1/calendar-feeds/{token}.ics", "not-a-feed-token").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
