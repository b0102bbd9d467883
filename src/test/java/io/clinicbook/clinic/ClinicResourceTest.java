package io.clinicbook.clinic;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClinicResourceTest {

    @Test
    void thePublicSeesTheClinicAndItsPolicyButNotItsOrigins() {
        given().get("/api/v1/clinic").then().statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("supportedLocales", contains("en", "es"))
                .body("bookingPolicy.slotStepMinutes", equalTo(15))
                .body("websiteOrigins", nullValue());
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        String settings = asAdmin().get("/api/v1/admin/clinic").then().statusCode(200).extract().asString();
        asAdmin().body(settings.replace("America/New_York", "Mars/Olympus_Mons")).put("/api/v1/admin/clinic").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("timeZone"));
    }

    @Test
    void onlyAdminsReadTheSettings() {
        asStaff().get("/api/v1/admin/clinic").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/admin/clinic").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void configuredWebsiteOriginsGetCorsAndOthersDoNot() {
        String settings = asAdmin().get("/api/v1/admin/clinic").then().extract().asString();
        asAdmin().body(settings.replaceFirst("\"websiteOrigins\":\\[[^]]*]",
                        "\"websiteOrigins\":[\"https://www.clinic.example\"]"))
                .put("/api/v1/admin/clinic").then().statusCode(200);

        given().header("Origin", "https://www.clinic.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/appointments").then()
                .statusCode(204).header("Access-Control-Allow-Origin", "https://www.clinic.example");
        given().header("Origin", "https://evil.example").get("/api/v1/clinic").then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://www.clinic.example").get("/api/v1/admin/clinic").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    /** A shared cache must not hand an answer made for one origin (or none) to another. */
    @Test
    void publicAnswersVaryByOriginWhateverTheOrigin() {
        given().get("/api/v1/faqs").then().statusCode(200).header("Vary", containsString("Origin"));
        given().header("Origin", "https://evil.example").get("/api/v1/faqs").then()
                .statusCode(200).header("Vary", containsString("Origin"));
    }
}
