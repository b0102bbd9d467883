package io.clinicbook.staff;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffAccountsTest {

    private static final String PASSWORD = "first-password-of-desk";

    @Test
    void aStaffMemberChangesTheirOwnPasswordWithTheCurrentOne() {
        String username = newAccount();
        as(username, PASSWORD).body("""
                {"currentPassword":"not-the-password","newPassword":"second-password-of-desk"}""")
                .put("/api/v1/admin/me/password").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("currentPassword"));
        as(username, PASSWORD).body("""
                {"currentPassword":"%s","newPassword":"too-short"}""".formatted(PASSWORD))
                .put("/api/v1/admin/me/password").then()
                .statusCode(400).body("violations[0].field", equalTo("newPassword"))
                .body("violations[0].message", equalTo("A password has 12 to 128 characters"));

        as(username, PASSWORD).body("""
                {"currentPassword":"%s","newPassword":"second-password-of-desk"}""".formatted(PASSWORD))
                .put("/api/v1/admin/me/password").then().statusCode(204);

        as(username, PASSWORD).get("/api/v1/admin/me").then().statusCode(401);
        as(username, "second-password-of-desk").get("/api/v1/admin/me").then()
                .statusCode(200).body("username", equalTo(username)).body("role", equalTo("staff"));
    }

    @Test
    void anAdminResetsAPassword() {
        String username = newAccount();
        asAdmin().body("{\"password\":\"short\"}").put("/api/v1/admin/staff-users/" + username + "/password").then()
                .statusCode(400).body("violations[0].field", equalTo("password"));
        asAdmin().body("{\"password\":\"reset-by-the-admin\"}").put("/api/v1/admin/staff-users/" + username + "/password")
                .then().statusCode(204);

        as(username, PASSWORD).get("/api/v1/admin/me").then().statusCode(401);
        as(username, "reset-by-the-admin").get("/api/v1/admin/me").then().statusCode(200);
        as(username, "reset-by-the-admin").body("{\"password\":\"staff-cannot-reset\"}")
                .put("/api/v1/admin/staff-users/admin/password").then().statusCode(403);
        asAdmin().body("{\"password\":\"no-current-password-asked\"}").put("/api/v1/admin/staff-users/admin/password")
                .then().statusCode(409).body("type", endsWith("/own-account"));
        asAdmin().body("{\"password\":\"reset-by-the-admin\"}").put("/api/v1/admin/staff-users/nobody-here/password")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDeactivatedAccountCannotSignInButIsKept() {
        String username = newAccount();
        asAdmin().post("/api/v1/admin/staff-users/" + username + "/deactivate").then()
                .statusCode(200).body("active", equalTo(false));

        as(username, PASSWORD).get("/api/v1/admin/me").then().statusCode(401).contentType("application/problem+json");
        asAdmin().get("/api/v1/admin/staff-users/" + username).then().statusCode(200).body("active", equalTo(false));

        asAdmin().post("/api/v1/admin/staff-users/" + username + "/reactivate").then()
                .statusCode(200).body("active", equalTo(true));
        as(username, PASSWORD).get("/api/v1/admin/me").then().statusCode(200);
    }

    @Test
    void anAdminCannotDeactivateTheirOwnAccount() {
        asAdmin().post("/api/v1/admin/staff-users/admin/deactivate").then()
                .statusCode(409).contentType("application/problem+json");
        asAdmin().get("/api/v1/admin/me").then().statusCode(200).body("active", equalTo(true));
    }

    private static String newAccount() {
        String username = uniqueSlug("desk");
        asAdmin().body("""
                {"username":"%s","password":"%s","role":"staff"}""".formatted(username, PASSWORD))
                .post("/api/v1/admin/staff-users").then().statusCode(201).body("active", equalTo(true));
        return username;
    }

    private static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password).contentType(ContentType.JSON);
    }
}
