package io.clinicbook.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Tests reach the service from loopback, which the test profile exempts; this one poses as another
 * client with X-Forwarded-For (honoured in the test profile only).
 */
@QuarkusTest
class RateLimitTest {

    @ConfigProperty(name = "clinic.rate-limit.requests")
    int allowed;

    @Test
    void aClientOverItsLimitGets429WithRetryAfter() {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < allowed; i++) {
            given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/appointments").then().statusCode(400);
        }

        String retryAfter = given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments").then()
                .statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/rate-limited"))
                .extract().header("Retry-After");
        // One request's share of the 10-minute allowance is 30 s, less what refilled while the test ran.
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 30);
        given().header("X-Forwarded-For", client).get("/api/v1/clinic").then().statusCode(200);
        given().header("X-Forwarded-For", "203.0.113.9").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments").then().statusCode(400);
    }
}
