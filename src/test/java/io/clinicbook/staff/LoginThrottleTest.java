package io.clinicbook.staff;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Poses as other client addresses with X-Forwarded-For (honoured in the test profile only). */
@QuarkusTest
class LoginThrottleTest {

    private static final String PASSWORD = "the-right-password";

    @ConfigProperty(name = "clinic.login-throttle.account-failures")
    int accountFailures;

    @ConfigProperty(name = "clinic.login-throttle.address-failures")
    int addressFailures;

    @Test
    void anAccountGuessedAtIsThrottledEvenForTheRightPassword() {
        String username = uniqueSlug("guessed");
        asAdmin().body("""
                {"username":"%s","password":"%s","role":"staff"}""".formatted(username, PASSWORD))
                .post("/api/v1/admin/staff-users").then().statusCode(201);
        double failedBefore = metric("clinic_staff_sign_in_failures_total");

        for (int i = 0; i < accountFailures; i++) {
            signIn(anotherAddress(), username, "guess-" + i).then().statusCode(401);
        }
        String retryAfter = signIn(anotherAddress(), username, PASSWORD).then()
                .statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/sign-in-throttled"))
                .extract().header("Retry-After");

        // One failure's share of the 15-minute allowance is 180 s.
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 180);
        assertThat(metric("clinic_staff_sign_in_failures_total") - failedBefore).isEqualTo(accountFailures);
        assertThat(metric("clinic_staff_sign_in_throttled_total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAddressGuessingManyAccountsIsThrottled() {
        String address = anotherAddress();
        for (int i = 0; i < addressFailures; i++) {
            signIn(address, uniqueSlug("nobody"), "guess").then().statusCode(401);
        }
        signIn(address, "admin", "admin").then().statusCode(429).header("Retry-After", Integer::parseInt, greaterThan(0));
        signIn(anotherAddress(), "admin", "admin").then().statusCode(200);
    }

    private static Response signIn(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(username, password)
                .get("/api/v1/admin/me");
    }

    private static String anotherAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    private static double metric(String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
