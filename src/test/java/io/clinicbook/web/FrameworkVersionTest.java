package io.clinicbook.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Nothing the service sends tells an attacker which framework version to look up. */
@QuarkusTest
class FrameworkVersionTest {

    @Test
    void theSwaggerUiAndErrorsDoNotNameTheFramework() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Server", nullValue())
                .body(containsString("Clinic booking and FAQ API"))
                .body(not(containsString("Quarkus")));
        given().get("/nowhere").then().statusCode(404)
                .header("Server", nullValue()).body(not(containsString("Quarkus")));
        given().get("/api/v1/admin/clinic").then().statusCode(401)
                .header("Server", nullValue()).body(not(containsString("Quarkus")));
    }
}
