package io.clinicbook.booking;

import static io.restassured.RestAssured.given;

import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Bookable practitioners and appointment requests for tests, all on fixed dates in the clinic's zone. */
public final class BookingFixtures {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** Monday 2 November 2026, 07:00 in New York (the day after the DST change): tests stand here. */
    public static final Instant NOW = ZonedDateTime.of(2026, 11, 2, 7, 0, 0, 0, ZONE).toInstant();

    private BookingFixtures() {
    }

    /** A clinic-local time in November 2026. */
    public static OffsetDateTime november(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ZONE).toOffsetDateTime();
    }

    /** A practitioner offering these services, working weekdays 08:00-18:00. */
    public static String practitioner(String... services) {
        String practitioner = CatalogueFixtures.practitioner(services);
        AvailabilityFixtures.weekdays(practitioner, "08:00", "18:00");
        return practitioner;
    }

    /** A valid request body, as a map that tests may change before sending. */
    public static Map<String, Object> request(String service, String practitioner, OffsetDateTime start) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("firstName", "Test");
        patient.put("lastName", "Patient");
        patient.put("email", "patient-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        patient.put("phone", "+1 555 010 0000");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", service);
        if (practitioner != null) {
            body.put("practitioner", practitioner);
        }
        body.put("start", start.toString());
        body.put("patient", patient);
        body.put("newPatient", false);
        body.put("reason", "Stiff neck");
        body.put("locale", "en");
        body.put("consentToContact", true);
        return body;
    }

    public static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/appointments").then();
    }

    /** Books and returns {reference, manageToken}. */
    public static String[] book(String service, String practitioner, OffsetDateTime start) {
        var created = post(request(service, practitioner, start)).statusCode(201).extract();
        return new String[] {created.path("reference"), created.path("manageToken")};
    }
}
