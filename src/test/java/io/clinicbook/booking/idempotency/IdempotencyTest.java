package io.clinicbook.booking.idempotency;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.booking.BookingFixtures.NOW;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.booking.BookingFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clinicbook.booking.WithAPractitioner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest extends WithAPractitioner {

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseWithoutASecondAppointment() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request(service, dr, november(4, 9, 0));

        ExtractableResponse<Response> first = post(key, body).statusCode(201).extract();
        clock.setInstant(NOW.plus(Duration.ofHours(23)));
        ExtractableResponse<Response> retry = post(key, body).statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        asAdmin().queryParam("practitioner", dr).get("/api/v1/admin/appointments").then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post(key, request(service, dr, november(4, 10, 0))).statusCode(201);

        post(key, request(service, dr, november(4, 11, 0))).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/idempotency-key-reused"));
    }

    @Test
    void requestsRacingWithOneKeyBookOnceAndAllGetTheSameAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request(service, dr, november(4, 12, 0));
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(key, body).extract();
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            int replayed = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(201);
                bodies.add(response.asString());
                replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertThat(replayed).isEqualTo(racers - 1);
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            pool.shutdownNow();
        }
        asAdmin().queryParam("practitioner", dr).get("/api/v1/admin/appointments").then().body("totalItems", equalTo(1));
    }

    @Test
    void aRefusedRequestDoesNotKeepItsKey() {
        String key = UUID.randomUUID().toString();
        post(null, request(service, dr, november(4, 14, 0))).statusCode(201);
        Map<String, Object> late = request(service, dr, november(4, 14, 0));

        post(key, late).statusCode(409).body("type", equalTo("https://clinicbook.io/problems/slot-taken"));
        late.put("start", november(4, 15, 0).toString());
        post(key, late).statusCode(201);
    }

    @Test
    void aKeyIsForgottenAfter24Hours() {
        String key = UUID.randomUUID().toString();
        post(key, request(service, dr, november(5, 9, 0))).statusCode(201);

        clock.setInstant(NOW.plus(Duration.ofHours(25)));
        post(key, request(service, dr, november(5, 10, 0))).statusCode(201);
    }

    @Test
    void aMalformedKeyIsRefused() {
        post("x".repeat(256), request(service, dr, november(5, 11, 0))).statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    private static ValidatableResponse post(String key, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/appointments").then();
    }
}
