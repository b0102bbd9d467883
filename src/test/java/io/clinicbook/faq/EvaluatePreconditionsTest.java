package io.clinicbook.faq;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Why {@link TaggedResponses} compares If-None-Match itself: RFC 9110 (13.1.2) has If-None-Match compare
 * weakly, so {@code W/"x"} matches the strong tag {@code "x"}, as caches that compress a response send it
 * back; JAX-RS {@code Request.evaluatePreconditions} in this Quarkus REST compares strongly.
 */
@QuarkusTest
class EvaluatePreconditionsTest {

    private static final String PATH = "/test/preconditions";

    @Test
    void theExactTagIsNotModified() {
        given().header("If-None-Match", "\"faq-probe\"").get(PATH).then().statusCode(304);
    }

    @Test
    void theWeakFormOfTheTagIsNotMatched() {
        given().header("If-None-Match", "W/\"faq-probe\"").get(PATH).then().statusCode(200);
    }
}
