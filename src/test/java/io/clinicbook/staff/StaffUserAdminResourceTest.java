package io.clinicbook.staff;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.Staff.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffUserAdminResourceTest {

    @Test
    void anAdminCreatesAStaffAccountThatCanSignInButNeverSeesThePassword() {
        String username = uniqueSlug("desk");
        asAdmin().body("""
                {"username":"%s","password":"a-long-enough-password","role":"staff"}""".formatted(username))
                .post("/api/v1/admin/staff-users").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/staff-users/" + username))
                .body("role", equalTo("staff"))
                .body(not(containsString("a-long-enough-password")));

        asAdmin().get("/api/v1/admin/staff-users").then().body("username", hasItem(username));
        given().auth().preemptive().basic(username, "a-long-enough-password")
                .get("/api/v1/admin/staff-users").then().statusCode(403);
        given().auth().preemptive().basic(username, "wrong-password-here")
                .get("/api/v1/admin/staff-users").then().statusCode(401);
    }

    @Test
    void aTakenUsernameIsAConflictAndAShortPasswordIsRefused() {
        asAdmin().body("""
                {"username":"admin","password":"a-long-enough-password","role":"admin"}""")
                .post("/api/v1/admin/staff-users").then().statusCode(409).contentType("application/problem+json");
        asAdmin().body("""
                {"username":"shorty","password":"short","role":"staff"}""")
                .post("/api/v1/admin/staff-users").then()
                .statusCode(400).body("violations[0].field", equalTo("password"));
    }

    @Test
    void staffCannotCreateAccounts() {
        asStaff().body("""
                {"username":"sneaky","password":"a-long-enough-password","role":"admin"}""")
                .post("/api/v1/admin/staff-users").then().statusCode(403).contentType("application/problem+json");
    }
}
