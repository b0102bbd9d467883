package io.clinicbook.booking.queue;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.booking.BookingFixtures.book;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.booking.BookingFixtures.post;
import static io.clinicbook.booking.BookingFixtures.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.clinicbook.booking.WithAPractitioner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffQueueTest extends WithAPractitioner {

    @Test
    void withConfirmationRequiredStaffConfirmOrDeclineRequests() {
        String settings = asAdmin().get("/api/v1/admin/clinic").then().extract().asString();
        asAdmin().body(settings.replace("\"requiresConfirmation\":false", "\"requiresConfirmation\":true"))
                .put("/api/v1/admin/clinic").then().statusCode(200);
        try {
            String first = post(request(service, dr, november(4, 9, 0))).statusCode(201)
                    .body("status", equalTo("REQUESTED")).extract().path("reference");
            String second = post(request(service, dr, november(4, 10, 0))).statusCode(201).extract().path("reference");

            move(first, "CONFIRMED", "Checked the referral").statusCode(200).body("status", equalTo("CONFIRMED"));
            move(second, "DECLINED").statusCode(400).body("violations[0].field", equalTo("reason"));
            move(second, "DECLINED", "Please book the new-patient exam first").statusCode(200)
                    .body("status", equalTo("DECLINED"));

            asStaff().get("/api/v1/admin/appointments/{ref}/history", first).then().statusCode(200)
                    .body("from", contains(null, "REQUESTED"))
                    .body("to", contains("REQUESTED", "CONFIRMED"))
                    .body("actor", contains("patient", "frontdesk"))
                    .body("reason[1]", equalTo("Checked the referral"));
            post(request(service, dr, november(4, 10, 0))).statusCode(201);
        } finally {
            asAdmin().body(settings).put("/api/v1/admin/clinic").then().statusCode(200);
        }
    }

    @Test
    void illegalTransitionsAreConflicts() {
        String reference = book(service, dr, november(4, 11, 0))[0];

        move(reference, "REQUESTED").statusCode(409)
                .body("detail", equalTo("This appointment is confirmed; it cannot be requested."));
        move(reference, "CONFIRMED").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/illegal-transition"))
                .body("detail", equalTo("This appointment is confirmed; it cannot be confirmed."));
        move(reference, "DECLINED", "x").statusCode(409);
        move(reference, "CANCELLED", "Practitioner ill").statusCode(200).body("status", equalTo("CANCELLED"));
        move(reference, "COMPLETED").statusCode(409)
                .body("detail", equalTo("This appointment is cancelled; it cannot be completed."));
    }

    @Test
    void aVisitIsCompletedOrMissedOnlyOnceItHasStarted() {
        String attended = book(service, dr, november(4, 12, 0))[0];
        String missed = book(service, dr, november(4, 13, 0))[0];

        move(attended, "COMPLETED").statusCode(409).body("type", equalTo("https://clinicbook.io/problems/visit-not-started"));

        clock.setInstant(november(4, 14, 0).toInstant());
        move(attended, "COMPLETED").statusCode(200).body("status", equalTo("COMPLETED"));
        move(missed, "NO_SHOW").statusCode(200).body("status", equalTo("NO_SHOW"));
        move(missed, "CANCELLED").statusCode(409);
    }

    @Test
    void theQueueFiltersByStatusPractitionerDatesAndPatient() {
        book(service, dr, november(4, 9, 0));
        String cancelled = book(service, dr, november(5, 9, 0))[0];
        move(cancelled, "CANCELLED").statusCode(200);
        Map<String, Object> body = request(service, dr, november(6, 9, 0));
        body.put("patient", Map.of("firstName", "Zoë", "lastName", "Quintana-Marsh", "email", "zq@example.org", "phone", "+1 555 010 1212"));
        String named = post(body).statusCode(201).extract().path("reference");

        list(Map.of("practitioner", dr)).body("totalItems", equalTo(3))
                .body("items.start", contains("2026-11-04T09:00:00-05:00", "2026-11-05T09:00:00-05:00", "2026-11-06T09:00:00-05:00"));
        list(Map.of("practitioner", dr, "status", "CANCELLED")).body("items.reference", contains(cancelled));
        list(Map.of("practitioner", dr, "from", "2026-11-05T00:00:00-05:00", "to", "2026-11-06T00:00:00-05:00"))
                .body("items.reference", contains(cancelled));
        search("{\"patient\":\"quintana-m\"}").body("items.reference", contains(named));
        search("{\"patient\":\"ZQ@EXAMPLE\",\"statuses\":[\"CONFIRMED\"]}").body("items.reference", contains(named));
        search("{\"patient\":\"ZQ@EXAMPLE\",\"statuses\":[\"CANCELLED\"]}").body("totalItems", equalTo(0));
        list(Map.of("practitioner", dr, "size", 2, "page", 1)).body("items.reference", contains(named))
                .body("totalPages", equalTo(2)).body("page", equalTo(1));
    }

    @Test
    void badFiltersAndChangesAreNamed() {
        String reference = book(service, dr, november(6, 15, 0))[0];
        asStaff().body("{}").post("/api/v1/admin/appointments/{ref}/status-changes", reference).then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        move(reference, "LOST").statusCode(400).body("violations[0].field", equalTo("status"));
        list(Map.of("status", "LOST")).statusCode(400).body("violations[0].field", equalTo("status"));
        list(Map.of("from", "yesterday")).statusCode(400).body("violations[0].field", equalTo("from"));
        list(Map.of("size", 1000)).statusCode(400).body("violations[0].field", equalTo("size"));
        search("{\"statuses\":[\"LOST\"]}").statusCode(400).body("violations[0].field", equalTo("statuses[0]"));
        search("{\"from\":\"2026-11-06T00:00:00-05:00\",\"to\":\"2026-11-05T00:00:00-05:00\"}").statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void theQueueIsForStaffOnly() {
        given().get("/api/v1/admin/appointments").then().statusCode(401).contentType("application/problem+json");
        asStaff().get("/api/v1/admin/appointments").then().statusCode(200);
        asAdmin().get("/api/v1/admin/appointments/{ref}", "ZZZZZZZZ").then().statusCode(404);
    }

    private static ValidatableResponse move(String reference, String status) {
        return move(reference, status, null);
    }

    private static ValidatableResponse move(String reference, String status, String reason) {
        return asStaff().body(reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason))
                .post("/api/v1/admin/appointments/{ref}/status-changes", reference).then();
    }

    private static ValidatableResponse search(String body) {
        return asStaff().body(body).post("/api/v1/admin/appointments/search").then();
    }

    private static ValidatableResponse list(Map<String, ?> query) {
        return asStaff().queryParams(query).get("/api/v1/admin/appointments").then();
    }
}
