package io.clinicbook.staff.session;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.jdbc.CountingStatements;
import io.clinicbook.jdbc.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the desk page costs the database, counted at the JDBC level: every request it makes when it opens
 * (the session, the clinic, practitioners, services, the queue, the day), for a day of 5 visits and for a
 * day of 40 visits with 5 practitioners. The count must not grow with the visits.
 */
@QuarkusTest
@TestProfile(CountingStatements.class)
class ConsoleCostTest extends OnAFixedMorning {

    @Test
    void theDeskCostsTheSameStatementsForFiveVisitsAsForForty() {
        String service = CatalogueFixtures.service(30);
        List<String> practitioners = List.of(BookingFixtures.practitioner(service), BookingFixtures.practitioner(service),
                BookingFixtures.practitioner(service), BookingFixtures.practitioner(service), BookingFixtures.practitioner(service));
        for (int visit = 0; visit < 40; visit++) {
            int day = visit < 5 ? 9 : 10; // Monday 9 November: 5 visits; Tuesday 10 November: the other 35 ...
            BookingFixtures.book(service, practitioners.get(visit % 5), november(day, 8 + visit / 5, 0));
        }
        for (int visit = 0; visit < 5; visit++) { // ... and 5 more, 40 in all
            BookingFixtures.book(service, practitioners.get(visit), november(10, 16, 30));
        }
        String cookie = signedIn();
        desk(cookie, "2026-11-09", "2026-11-10"); // warms up prepared statements and caches

        long five = desk(cookie, "2026-11-09", "2026-11-10");
        long forty = desk(cookie, "2026-11-10", "2026-11-11");

        assertThat(given().cookie("clinic_session", cookie).get(day("2026-11-10", "2026-11-11")).then().extract().<Integer>path("totalItems"))
                .isEqualTo(40);
        assertThat(forty).as("statements for a day of 40 visits against one of 5").isEqualTo(five);
        // Each staff request finds its session (1); each list reads a page and counts (2); the clinic, the
        // practitioners and the services as they cost the public: 16 on H2, 18 on PostgreSQL.
        assertThat(five).isLessThanOrEqualTo(18);
    }

    /** The requests the desk page makes when it opens, and the statements they cost. */
    private static long desk(String cookie, String from, String to) {
        long before = StatementCounter.executed();
        for (String path : List.of("/api/v1/admin/sessions/current", "/api/v1/clinic", "/api/v1/practitioners", "/api/v1/services?locale=en",
                "/api/v1/admin/appointments?status=REQUESTED&size=50", day(from, to))) {
            given().cookie("clinic_session", cookie).header("X-Clinic-Console", "1").get(path).then().statusCode(200);
        }
        return StatementCounter.executed() - before;
    }

    private static String day(String from, String to) {
        return "/api/v1/admin/appointments?from=" + from + "T05:00:00Z&to=" + to + "T05:00:00Z&size=100";
    }

    private static String signedIn() {
        String user = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("username", user, "password", "a-long-desk-password", "role", "staff")).post("/api/v1/admin/staff-users")
                .then().statusCode(201);
        return given().contentType(ContentType.JSON).body(Map.of("username", user, "password", "a-long-desk-password"))
                .post("/api/v1/admin/sessions").then().statusCode(201).extract().cookie("clinic_session");
    }
}
