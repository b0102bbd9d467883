package io.clinicbook.booking.plan;

import static io.clinicbook.Staff.asAdmin;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Care plans through the API: created by staff, booked with the plan's manage token. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    /** A plan body for a new patient's details with a weekly pattern. */
    static Map<String, Object> weekly(String service, String practitioner, int perWeek, List<String> weekdays, int weeks,
                                      String timeOfDay, String earliestStart) {
        Map<String, Object> pattern = new LinkedHashMap<>();
        pattern.put("visitsPerWeek", perWeek);
        if (weekdays != null) {
            pattern.put("weekdays", weekdays);
        }
        pattern.put("weeks", weeks);
        Map<String, Object> body = base(service, practitioner, timeOfDay, earliestStart);
        body.put("pattern", pattern);
        return body;
    }

    static Map<String, Object> base(String service, String practitioner, String timeOfDay, String earliestStart) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("firstName", "Plan");
        patient.put("lastName", "Patient");
        patient.put("email", "plan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        patient.put("phone", "+1 555 010 0000");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", service);
        if (practitioner != null) {
            body.put("practitioner", practitioner);
        }
        body.put("patient", patient);
        body.put("timeOfDay", timeOfDay);
        if (earliestStart != null) {
            body.put("earliestStart", earliestStart);
        }
        return body;
    }

    static ValidatableResponse create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/admin/care-plans").then();
    }

    /** The created plan: reference, token and the proposal's visits as booking choices. */
    record Created(String reference, String token, List<Map<String, Object>> visits, ExtractableResponse<Response> response) {
    }

    static Created created(Map<String, Object> body) {
        ExtractableResponse<Response> response = create(body).statusCode(201).extract();
        List<Map<String, Object>> proposal = response.path("plan.proposal");
        List<Map<String, Object>> visits = new ArrayList<>();
        for (Map<String, Object> visit : proposal) {
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("start", visit.get("start"));
            choice.put("practitioner", visit.get("practitioner"));
            visits.add(choice);
        }
        return new Created(response.path("plan.reference"), response.path("manageToken"), visits, response);
    }

    static ValidatableResponse book(Created plan, String idempotencyKey) {
        return book(plan.reference(), plan.token(), plan.visits(), idempotencyKey);
    }

    static ValidatableResponse book(String reference, String token, List<Map<String, Object>> visits, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).header("X-Manage-Token", token).body(Map.of("visits", visits));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/care-plans/{reference}/book", reference).then();
    }
}
