package io.clinicbook.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import static io.clinicbook.problem.FaultyDatabase.POOL_SIZE;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults of the database and of clients get a clear answer, and the service recovers by itself. */
@QuarkusTest
@TestProfile(FaultyDatabase.class)
class DatabaseFaultsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    @Test
    void anExhaustedPoolGets503WithRetryAfterAndTheServiceRecovers() throws Exception {
        given().get("/api/v1/clinic").then().statusCode(200);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                held.add(dataSource.getConnection());
            }
            given().get("/api/v1/clinic").then()
                    .statusCode(503).contentType(PROBLEM).header("Retry-After", "5")
                    .body("type", equalTo("https://clinicbook.io/problems/database-unavailable"));
            given().get("/q/health/ready").then().statusCode(503);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().get("/api/v1/clinic").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aDatabaseThatIsGoneGets503AndItsReturnNeedsNoRestart() {
        given().get("/api/v1/clinic").then().statusCode(200);
        FaultyDatabase.cut();
        try {
            given().get("/api/v1/clinic").then()
                    .statusCode(503).contentType(PROBLEM).header("Retry-After", "5")
                    .body("detail", equalTo("The service cannot reach its database just now. Please try again in 5 seconds."));
            given().get("/api/v1/services").then().statusCode(503).contentType(PROBLEM);
            given().get("/q/health/ready").then().statusCode(503);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            FaultyDatabase.restore();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/clinic").then().statusCode(200));
        given().get("/api/v1/services").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aStalledClientIsCutOffByTheIdleTimeout() throws Exception {
        try (Socket client = new Socket(root.getHost(), root.getPort())) {
            client.setSoTimeout(30_000);
            client.getOutputStream().write("GET /api/v1/clinic HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = client.getInputStream();
            while (in.read() != -1) {
                // whatever the server says before it closes
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }
}
