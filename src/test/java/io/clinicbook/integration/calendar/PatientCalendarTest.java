package io.clinicbook.integration.calendar;

import static io.clinicbook.integration.calendar.CalendarFixtures.at;
import static io.clinicbook.integration.calendar.Ics.parameter;
import static io.clinicbook.integration.calendar.Ics.property;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.clinicbook.TestClock;
import io.clinicbook.booking.BookingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PatientCalendarTest {

    private static final String ICS = "/api/v1/appointments/{ref}/calendar.ics";

    @Inject
    TestClock clock;

    String service;
    String dr;

    @BeforeEach
    void standOnAMarchMorning() {
        clock.setInstant(Instant.parse("2026-03-02T12:00:00Z"));
        String[] practitioner = CalendarFixtures.practitioner();
        service = practitioner[0];
        dr = practitioner[1];
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String download(String[] booked) {
        return given().header("X-Manage-Token", booked[1]).get(ICS, booked[0]).then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", equalTo("attachment; filename=\"visit-" + booked[0] + ".ics\""))
                .header("Cache-Control", equalTo("no-store"))
                .extract().asString();
    }

    @Test
    void thePatientDownloadsTheirVisitWithTheManageToken() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 8, 9, 0));

        String text = download(booked);
        VEvent event = Ics.parse(text).onlyEvent();

        assertThat(property(event, "UID")).isEqualTo(booked[0] + "@appointments.clinicbook.io");
        assertThat(property(event, "SUMMARY")).isEqualTo("Test visit – Dr. Test");
        assertThat(property(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(event, "DTSTART")).isEqualTo("20260308T090000");
        assertThat(parameter(event, "DTSTART", "TZID")).isEqualTo("TZID=America/New_York");
        assertThat(property(event, "DESCRIPTION")).contains("Reference: " + booked[0]);
        assertThat(text).doesNotContain("Patient").doesNotContain("@example.org\r\n").doesNotContain("ATTENDEE");
    }

    @Test
    void aPlainFormPostDownloadsTheSameFile() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 9, 9, 0));

        String posted = given().formParam("token", booked[1]).post(ICS, booked[0]).then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", startsWith("attachment"))
                .extract().asString();

        assertThat(posted).isEqualTo(download(booked));
    }

    @Test
    void aWrongManageTokenIsRefusedLikeTheOtherSelfServiceCalls() {
        String[] mine = BookingFixtures.book(service, dr, at(3, 10, 9, 0));
        String[] theirs = BookingFixtures.book(service, dr, at(3, 10, 10, 0));
        String selfService = given().header("X-Manage-Token", theirs[1]).get("/api/v1/appointments/{ref}", mine[0]).then()
                .statusCode(404).extract().path("detail");

        String header = given().header("X-Manage-Token", theirs[1]).get(ICS, mine[0]).then()
                .statusCode(404).contentType("application/problem+json").extract().path("detail");
        String form = given().formParam("token", theirs[1]).post(ICS, mine[0]).then()
                .statusCode(404).contentType("application/problem+json").extract().path("detail");
        assertThat(header).isEqualTo(form).isEqualTo(selfService);

        // No token at all is the caller's mistake, named, as in the other self-service calls.
        String noTokenSelfService = given().get("/api/v1/appointments/{ref}", mine[0]).then().statusCode(400).extract().path("detail");
        given().get(ICS, mine[0]).then().statusCode(400).body("detail", equalTo(noTokenSelfService));
    }

    @Test
    void aRescheduleKeepsTheUidAndRaisesTheSequence() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 11, 9, 0));
        VEvent before = Ics.parse(download(booked)).onlyEvent();

        CalendarFixtures.reschedule(booked, at(3, 12, 14, 0));
        VEvent after = Ics.parse(download(booked)).onlyEvent();

        assertThat(property(after, "UID")).isEqualTo(property(before, "UID"));
        assertThat(Integer.parseInt(property(after, "SEQUENCE"))).isGreaterThan(Integer.parseInt(property(before, "SEQUENCE")));
        assertThat(property(after, "DTSTART")).isEqualTo("20260312T140000");
    }

    @Test
    void aCancelledVisitDownloadsAsCancelled() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 13, 9, 0));

        CalendarFixtures.cancel(booked);

        assertThat(property(Ics.parse(download(booked)).onlyEvent(), "STATUS")).isEqualTo("CANCELLED");
    }
}
