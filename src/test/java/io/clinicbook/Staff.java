package io.clinicbook;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Requests as staff users, with real HTTP Basic credentials against the staff table. */
public final class Staff {

    public static final String ADMIN_PASSWORD = "admin";
    private static final String STAFF_USER = "frontdesk";
    private static final String STAFF_PASSWORD = "frontdesk-password";

    private Staff() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON);
    }

    /** A user with the {@code staff} role, created on first use. */
    public static RequestSpecification asStaff() {
        asAdmin().body("""
                {"username":"%s","password":"%s","role":"staff"}""".formatted(STAFF_USER, STAFF_PASSWORD))
                .post("/api/v1/admin/staff-users");
        return given().auth().preemptive().basic(STAFF_USER, STAFF_PASSWORD).contentType(ContentType.JSON);
    }

    /** A slug no other test uses. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
