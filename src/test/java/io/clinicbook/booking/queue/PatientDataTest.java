package io.clinicbook.booking.queue;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.booking.BookingFixtures.post;
import static io.clinicbook.booking.BookingFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Patient data stays out of logs, and is erased on request while the visit stays for statistics. */
@QuarkusTest
class PatientDataTest extends OnAFixedMorning {

    private static final String SURNAME = "Quillfeather-Vantongeren";
    private static final String EMAIL = "marisol.quillfeather@pii-canary.example";


    private final StringBuilder captured = new StringBuilder();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (captured) {
                captured.append(record.getLoggerName()).append(' ').append(record.getMessage());
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        captured.append(' ').append(parameter);
                    }
                }
                if (record.getThrown() != null) {
                    StringWriter stack = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(stack));
                    captured.append(' ').append(stack);
                }
                captured.append('\n');
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aPatientsNameAndEmailAppearNowhereInTheLogs() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        Map<String, Object> body = withCanaryPatient(request(service, dr, november(4, 9, 0)));
        var created = post(body).statusCode(201).extract();
        String reference = created.path("reference");
        String token = created.path("manageToken");

        post(body).statusCode(409);
        Map<String, Object> invalid = withCanaryPatient(request(service, dr, november(4, 10, 0)));
        invalid.put("start", "not a time " + EMAIL);
        post(invalid).statusCode(400);
        given().contentType(ContentType.JSON).body("{\"patient\":{\"email\":\"" + EMAIL + "\"").post("/api/v1/appointments")
                .then().statusCode(400);
        given().header("X-Manage-Token", token).get("/api/v1/appointments/{ref}", reference).then().statusCode(200);
        asStaff().body("{\"patient\":\"" + SURNAME + "\"}").post("/api/v1/admin/appointments/search").then().statusCode(200);
        asAdmin().body("{\"email\":\"" + EMAIL + "\"}").post("/api/v1/admin/patient-erasures").then().statusCode(200);
        Logger.getLogger("io.clinicbook.test").info("capture works");

        String logs;
        synchronized (captured) {
            logs = captured.toString();
        }
        assertThat(logs).contains("capture works");
        assertThat(logs.toLowerCase()).doesNotContain(SURNAME.toLowerCase()).doesNotContain("pii-canary").doesNotContain(token);
    }

    @Test
    @SuppressWarnings("unchecked")
    void erasureAnonymisesEveryAppointmentOfTheEmailButKeepsTheVisits() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        String email = "erase-me-" + System.nanoTime() + "@example.org";
        Map<String, Object> asPatient = request(service, dr, november(5, 9, 0));
        ((Map<String, Object>) asPatient.get("patient")).put("email", email);
        Map<String, Object> asContact = request(service, dr, november(5, 10, 0));
        asContact.put("contact", Map.of("firstName", "Pat", "lastName", "Parent", "email", email.toUpperCase(), "phone", "+1 555 010 3434"));
        var first = post(asPatient).statusCode(201).extract();
        String second = post(asContact).statusCode(201).extract().path("reference");
        String kept = book(service, dr);

        asStaff().body("{\"email\":\"" + email + "\"}").post("/api/v1/admin/patient-erasures").then().statusCode(403);
        asAdmin().body("{\"email\":\"" + email + "\"}").post("/api/v1/admin/patient-erasures").then()
                .statusCode(200).body("erasedAppointments", equalTo(2));

        asAdmin().get("/api/v1/admin/appointments/{ref}", second).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("service", equalTo(service))
                .body("start", equalTo("2026-11-05T10:00:00-05:00"))
                .body("patient", nullValue()).body("contact", nullValue()).body("reason", nullValue())
                .body("erasedAt", notNullValue());
        asAdmin().get("/api/v1/admin/appointments/{ref}/history", second).then()
                .body("reason", hasItem("Personal data erased on request"))
                .body("actor", hasItem("admin"));
        given().header("X-Manage-Token", first.<String>path("manageToken"))
                .get("/api/v1/appointments/{ref}", first.<String>path("reference")).then().statusCode(404);
        asAdmin().get("/api/v1/admin/appointments/{ref}", kept).then().body("patient.firstName", equalTo("Test"));
        post(request(service, dr, november(5, 9, 0))).statusCode(409);
    }

    private static String book(String service, String dr) {
        return BookingFixtures.book(service, dr, november(5, 11, 0))[0];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withCanaryPatient(Map<String, Object> body) {
        Map<String, Object> patient = (Map<String, Object>) body.get("patient");
        patient.put("firstName", "Marisol");
        patient.put("lastName", SURNAME);
        patient.put("email", EMAIL);
        return body;
    }
}
