package io.clinicbook.staff.session;

import static io.clinicbook.Staff.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.clinicbook.TestClock;
import io.clinicbook.support.Sha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console's session: cookie flags, what it opens and what it does not, CSRF, timeouts, sign-out, throttle. */
@QuarkusTest
class SessionTest {

    private static final String PASSWORD = "a-long-desk-password";

    @Inject
    TestClock clock;
    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieThatOpensTheStaffApiButNotTheAdminOne() {
        String user = account("staff");
        ExtractableResponse<Response> signedIn = signIn(user, PASSWORD).statusCode(201)
                .body("username", equalTo(user)).body("role", equalTo("staff")).body("csrfToken", notNullValue()).extract();

        String setCookie = signedIn.header("Set-Cookie");
        assertThat(setCookie).startsWith("clinic_session=").contains("Path=/", "HttpOnly", "SameSite=Strict").doesNotContain("Secure");
        String cookie = signedIn.cookie("clinic_session");
        assertThat(signedIn.asString()).doesNotContain(cookie);

        withSession(cookie).get("/api/v1/admin/appointments").then().statusCode(200);
        withSession(cookie).get("/api/v1/admin/sessions/current").then().statusCode(200)
                .body("username", equalTo(user)).body("csrfToken", equalTo(signedIn.path("csrfToken")));
        withSession(cookie).get("/api/v1/admin/staff-users").then().statusCode(403);
        given().get("/api/v1/admin/appointments").then().statusCode(401).header("WWW-Authenticate", "Basic realm=\"clinic-staff\"");
    }

    /** A browser would open its own password dialog on a page's fetch answered with a Basic challenge. */
    @Test
    void theConsolesOwnRequestsGetNoBasicChallenge() {
        given().header("X-Clinic-Console", "1").get("/api/v1/admin/sessions/current").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue()).contentType("application/problem+json");
    }

    @Test
    void onlyTheCookiesHashIsStoredAndEverySignInGetsANewOne() {
        String user = account("staff");
        String first = signIn(user, PASSWORD).statusCode(201).extract().cookie("clinic_session");
        String second = given().cookie("clinic_session", first).contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", PASSWORD)).post("/api/v1/admin/sessions")
                .then().statusCode(201).extract().cookie("clinic_session");

        assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(43);
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffSession.<StaffSession>list("username", user)))
                .extracting(s -> s.tokenHash).containsExactlyInAnyOrder(Sha256.hex(first), Sha256.hex(second));
    }

    @Test
    void aWrongPasswordIsOne401ProblemAndOpensNothing() {
        String user = account("staff");
        signIn(user, "not-the-password").statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/sign-in-refused"))
                .body("detail", equalTo("The user name or the password is wrong."));
        signIn("nobody-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD).statusCode(401).body("detail", equalTo("The user name or the password is wrong."));
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffSession.count("username", user))).isZero();
    }

    @Test
    void aWriteNeedsTheSessionsCsrfTokenAndTheServicesOwnOrigin() {
        ExtractableResponse<Response> signedIn = signIn(account("staff"), PASSWORD).statusCode(201).extract();
        String cookie = signedIn.cookie("clinic_session");
        String csrf = signedIn.path("csrfToken");
        String search = "/api/v1/admin/appointments/search";
        Map<String, Object> query = Map.of("query", "nobody at all");

        withSession(cookie).body(query).post(search).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/forged-request"));
        withSession(cookie).header("X-CSRF-Token", csrf + "x").body(query).post(search).then().statusCode(403);
        withSession(cookie).header("X-CSRF-Token", csrf).header("Origin", "https://evil.example").body(query).post(search).then().statusCode(403);
        withSession(cookie).header("X-CSRF-Token", csrf).header("Sec-Fetch-Site", "cross-site").body(query).post(search).then().statusCode(403);
        withSession(cookie).header("X-CSRF-Token", csrf).header("Origin", origin()).header("Sec-Fetch-Site", "same-origin")
                .body(query).post(search).then().statusCode(200);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        ExtractableResponse<Response> signedIn = signIn(account("staff"), PASSWORD).statusCode(201).extract();
        String cookie = signedIn.cookie("clinic_session");

        String cleared = withSession(cookie).header("X-CSRF-Token", signedIn.<String>path("csrfToken"))
                .delete("/api/v1/admin/sessions/current").then().statusCode(204).extract().header("Set-Cookie");

        assertThat(cleared).startsWith("clinic_session=;").contains("Max-Age=0");
        withSession(cookie).get("/api/v1/admin/appointments").then().statusCode(401);
        // Signing out again with the ended session's cookie, or with none, is a request without credentials.
        given().delete("/api/v1/admin/sessions/current").then().statusCode(401);
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutAndAfterTheAbsoluteOneHoweverBusy() {
        String user = account("staff");
        Instant start = Instant.now();
        clock.setInstant(start);
        String idle = signIn(user, PASSWORD).statusCode(201).extract().cookie("clinic_session");
        clock.setInstant(start.plus(Duration.ofMinutes(29)));
        withSession(idle).get("/api/v1/admin/appointments").then().statusCode(200);
        clock.setInstant(start.plus(Duration.ofMinutes(29 + 31)));
        withSession(idle).get("/api/v1/admin/appointments").then().statusCode(401);

        clock.setInstant(start);
        String busy = signIn(user, PASSWORD).statusCode(201).extract().cookie("clinic_session");
        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            clock.setInstant(start.plus(Duration.ofMinutes(minutes)));
            withSession(busy).get("/api/v1/admin/appointments").then().statusCode(200);
        }
        clock.setInstant(start.plus(Duration.ofHours(12)).plusSeconds(60));
        withSession(busy).get("/api/v1/admin/appointments").then().statusCode(401);
    }

    @Test
    void aDeactivatedAccountsSessionEndsAtOnce() {
        String user = account("staff");
        String cookie = signIn(user, PASSWORD).statusCode(201).extract().cookie("clinic_session");
        asAdmin().post("/api/v1/admin/staff-users/" + user + "/deactivate").then().statusCode(200);
        withSession(cookie).get("/api/v1/admin/appointments").then().statusCode(401);
    }

    @Test
    void aSignInFromAnotherSiteIsRefused() {
        given().header("Origin", "https://evil.example").contentType(ContentType.JSON).body(Map.of("username", account("staff"), "password", PASSWORD))
                .post("/api/v1/admin/sessions").then().statusCode(403).body("type", equalTo("https://clinicbook.io/problems/forged-request"));
    }

    @Test
    void repeatedWrongPasswordsAreThrottledLikeHttpBasic() {
        String user = account("staff");
        String address = "198.51.100." + (20 + (int) (Math.random() * 200));
        for (int i = 0; i < 5; i++) {
            signInFrom(address, user, "wrong").statusCode(401);
        }
        signInFrom(address, user, PASSWORD).statusCode(429).header("Retry-After", notNullValue())
                .body("type", equalTo("https://clinicbook.io/problems/sign-in-throttled"));
    }

    private static String account(String role) {
        String user = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("username", user, "password", PASSWORD, "role", role)).post("/api/v1/admin/staff-users").then().statusCode(201);
        return user;
    }

    private static io.restassured.response.ValidatableResponse signIn(String user, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", user, "password", password)).post("/api/v1/admin/sessions").then();
    }

    private static io.restassured.response.ValidatableResponse signInFrom(String address, String user, String password) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(Map.of("username", user, "password", password))
                .post("/api/v1/admin/sessions").then();
    }

    private static RequestSpecification withSession(String cookie) {
        return given().cookie("clinic_session", cookie).contentType(ContentType.JSON);
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }
}
