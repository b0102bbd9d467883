package io.clinicbook.booking.waitlist;

import static io.clinicbook.Staff.asAdmin;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The waitlist through the API, as the widget and staff use it. */
public final class WaitlistFixtures {

    private WaitlistFixtures() {
    }

    /** A join body for one day and a window of start times, with a fresh email. */
    public static Map<String, Object> join(String service, String practitioner, String date, String earliest, String latest) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("firstName", "Waiting");
        patient.put("lastName", "Patient");
        patient.put("email", "wait-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        patient.put("phone", "+1 555 010 0000");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", service);
        if (practitioner != null) {
            body.put("practitioner", practitioner);
        }
        body.put("from", date);
        body.put("to", date);
        body.put("earliestStart", earliest);
        body.put("latestStart", latest);
        body.put("patient", patient);
        body.put("newPatient", false);
        body.put("locale", "en");
        body.put("consentToContact", true);
        return body;
    }

    public static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/waitlist").then();
    }

    /** Joins and returns {reference, token}. */
    public static String[] joined(Map<String, Object> body) {
        var created = post(body).statusCode(201).extract();
        return new String[] {created.path("entry.reference"), created.path("token")};
    }

    /** The offers staff see for this entry, newest first. */
    public static List<Map<String, Object>> offersOf(String entry) {
        List<Map<String, Object>> all = asAdmin().get("/api/v1/admin/waitlist/offers").then().statusCode(200).extract().path("$");
        return all.stream().filter(o -> entry.equals(o.get("entry"))).toList();
    }

    /** The entry as staff see it. */
    public static Map<String, Object> entry(String reference) {
        List<Map<String, Object>> all = asAdmin().get("/api/v1/admin/waitlist").then().statusCode(200).extract().path("$");
        return all.stream().filter(e -> reference.equals(e.get("reference"))).findFirst().orElseThrow();
    }

    public static ValidatableResponse accept(String token) {
        return given().header("X-Offer-Token", token).post("/api/v1/waitlist/offer/accept").then();
    }

    public static ValidatableResponse decline(String token) {
        return given().header("X-Offer-Token", token).post("/api/v1/waitlist/offer/decline").then();
    }
}
