package io.clinicbook.booking.selfservice;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.booking.BookingFixtures.book;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.booking.BookingFixtures.post;
import static io.clinicbook.booking.BookingFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.clinicbook.booking.WithAPractitioner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelfServiceTest extends WithAPractitioner {

    @Test
    void thePatientSeesTheirAppointmentWithTheToken() {
        String[] booked = book(service, dr, november(4, 9, 0));

        given().header("X-Manage-Token", booked[1]).get("/api/v1/appointments/{ref}", booked[0]).then()
                .statusCode(200)
                .body("reference", equalTo(booked[0]))
                .body("status", equalTo("CONFIRMED"))
                .body("start", equalTo("2026-11-04T09:00:00-05:00"))
                .body("serviceName", equalTo("Test visit"))
                .body("patientFirstName", equalTo("Test"))
                .body("changeableOnlineUntil", equalTo("2026-11-03T09:00:00-05:00"));
    }

    @Test
    void aWrongOrStolenTokenRevealsNothing() {
        String[] mine = book(service, dr, november(4, 10, 0));
        String[] theirs = book(service, dr, november(4, 11, 0));

        String wrongToken = given().header("X-Manage-Token", theirs[1]).get("/api/v1/appointments/{ref}", mine[0]).then()
                .statusCode(404).contentType("application/problem+json").extract().path("detail");
        String unknown = given().header("X-Manage-Token", mine[1]).get("/api/v1/appointments/{ref}", "ZZZZZZZZ").then()
                .statusCode(404).extract().path("detail");
        given().header("X-Manage-Token", theirs[1]).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", mine[0]).then().statusCode(404);

        assertThat(wrongToken).isEqualTo(unknown);
        asAdmin().get("/api/v1/admin/appointments/{ref}", mine[0]).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aMissingTokenIsABadRequestNamingTheHeader() {
        String[] mine = book(service, dr, november(4, 12, 0));

        given().get("/api/v1/appointments/{ref}", mine[0]).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("X-Manage-Token"));
        given().header("X-Manage-Token", " ").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", mine[0]).then().statusCode(400)
                .body("violations[0].field", equalTo("X-Manage-Token"));
        asAdmin().get("/api/v1/admin/appointments/{ref}", mine[0]).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aPatientCancelsBeforeTheCutOffAndFreesTheTime() {
        String[] booked = book(service, dr, november(4, 12, 0));

        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{\"reason\":\"Feeling better\"}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then()
                .statusCode(200).body("status", equalTo("CANCELLED"));

        post(request(service, dr, november(4, 12, 0))).statusCode(201);
        asAdmin().get("/api/v1/admin/appointments/{ref}/history", booked[0]).then()
                .body("from", contains(null, "CONFIRMED"))
                .body("to", contains("CONFIRMED", "CANCELLED"))
                .body("actor", contains("patient", "patient"))
                .body("reason", contains("Requested online; the clinic confirms requests at once", "Feeling better"));
    }

    @Test
    void cancellingInsideTheCutOffIsRefusedWithTheClinicsPhone() {
        String[] booked = book(service, dr, november(4, 13, 0));
        clock.setInstant(november(3, 13, 30).toInstant());

        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/cancellation-cutoff"))
                .body("clinicPhone", equalTo(given().get("/api/v1/clinic").then().extract().path("phone")));
        asAdmin().get("/api/v1/admin/appointments/{ref}", booked[0]).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void reschedulingKeepsTheReferenceAndReleasesTheOldTime() {
        String[] booked = book(service, dr, november(5, 9, 0));

        reschedule(booked, november(5, 10, 0)).statusCode(200)
                .body("reference", equalTo(booked[0]))
                .body("start", equalTo("2026-11-05T10:00:00-05:00"));

        post(request(service, dr, november(5, 9, 0))).statusCode(201);
        post(request(service, dr, november(5, 10, 0))).statusCode(409);
    }

    @Test
    void reschedulingToATakenTimeKeepsTheOldOne() {
        String[] booked = book(service, dr, november(5, 11, 0));
        book(service, dr, november(5, 11, 30));

        reschedule(booked, november(5, 11, 15)).statusCode(409)
                .body("type", equalTo("https://clinicbook.io/problems/slot-taken"));

        given().header("X-Manage-Token", booked[1]).get("/api/v1/appointments/{ref}", booked[0]).then()
                .body("start", equalTo("2026-11-05T11:00:00-05:00"));
        post(request(service, dr, november(5, 11, 0))).statusCode(409);
    }

    @Test
    void aCancelledAppointmentCannotBeMovedOrCancelledAgain() {
        String[] booked = book(service, dr, november(5, 13, 0));
        cancel(booked).statusCode(200);

        cancel(booked).statusCode(409).body("type", equalTo("https://clinicbook.io/problems/illegal-transition"));
        reschedule(booked, november(5, 14, 0)).statusCode(409)
                .body("type", equalTo("https://clinicbook.io/problems/illegal-transition"));
    }

    @Test
    void reschedulingInsideTheCutOffIsRefused() {
        String[] booked = book(service, dr, november(5, 15, 0));
        clock.setInstant(november(5, 15, 0).toInstant().minus(Duration.ofHours(2)));

        reschedule(booked, november(6, 9, 0)).statusCode(422)
                .body("type", equalTo("https://clinicbook.io/problems/cancellation-cutoff"));
    }

    private static ValidatableResponse cancel(String[] booked) {
        return given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then();
    }

    private static ValidatableResponse reschedule(String[] booked, OffsetDateTime start) {
        return given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON)
                .body("{\"start\":\"" + start + "\"}")
                .post("/api/v1/appointments/{ref}/reschedule", booked[0]).then();
    }
}
