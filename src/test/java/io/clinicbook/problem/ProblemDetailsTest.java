package io.clinicbook.problem;

import static io.clinicbook.Staff.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anUnknownRouteIsAProblem() {
        given().get("/api/v1/no-such-thing").then()
                .statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("title", equalTo("Not found"));
        given().get("/nowhere").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aWrongMethodIsAProblem() {
        given().delete("/api/v1/clinic").then()
                .statusCode(405).contentType(PROBLEM).body("detail", containsString("DELETE"));
    }

    @Test
    void malformedJsonIsAProblemWithoutJavaNames() {
        asAdmin().body("{\"slug\": ").post("/api/v1/admin/services").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("The request body is not valid JSON."))
                .body(not(containsString("com.fasterxml"))).body(not(containsString("Exception")));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        asAdmin().body("{\"slug\":\"x\",\"durationMinutes\":\"long\"}").post("/api/v1/admin/services").then()
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("durationMinutes"));
    }

    @Test
    void aWrongMediaTypeIsAProblem() {
        asAdmin().contentType(ContentType.TEXT).body("slug=x").post("/api/v1/admin/services").then()
                .statusCode(415).contentType(PROBLEM);
    }

    @Test
    void anOversizedBodyIsAProblem() {
        String huge = "{\"slug\":\"" + "x".repeat(70 * 1024) + "\"}";
        asAdmin().body(huge).post("/api/v1/admin/services").then()
                .statusCode(413).contentType(PROBLEM);
    }

    @Test
    void anUnsupportedLocaleIsABadRequestNamingTheParameter() {
        given().queryParam("locale", "fr").get("/api/v1/services").then()
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("locale"))
                .body("detail", equalTo("Unsupported locale 'fr'; use one of en, es."));
    }

    @Test
    void anUnknownIdIsANotFoundProblem() {
        given().get("/api/v1/practitioners/dr-who").then()
                .statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no practitioner 'dr-who'."))
                .body("instance", equalTo("/api/v1/practitioners/dr-who"));
    }

    @Test
    void wrongCredentialsAreUnauthorized() {
        given().auth().preemptive().basic("admin", "guess").get("/api/v1/admin/clinic").then()
                .statusCode(401).contentType(PROBLEM);
    }
}
