package io.clinicbook.availability.workingtime;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OffPeriodAdminResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TIME_OFF = "/api/v1/admin/practitioners/{slug}/time-off";
    private static final String CLOSURES = "/api/v1/admin/closures";

    @Test
    void timeOffIsCreatedReadChangedListedAndRemoved() {
        String dr = CatalogueFixtures.practitioner(CatalogueFixtures.service(30));
        var created = asAdmin().body("{\"firstDay\":\"2026-07-06\",\"lastDay\":\"2026-07-10\",\"note\":\"Seminar\"}")
                .post(TIME_OFF, dr).then().statusCode(201).body("startTime", nullValue()).extract();
        int id = created.jsonPath().getInt("id");
        assertThat(created.header("Location")).endsWith("/api/v1/admin/practitioners/" + dr + "/time-off/" + id);

        asAdmin().body("{\"firstDay\":\"2026-07-06\",\"lastDay\":\"2026-07-06\",\"startTime\":\"13:00\",\"endTime\":\"17:30\"}")
                .put(TIME_OFF + "/{id}", dr, id).then().statusCode(200)
                .body("startTime", equalTo("13:00")).body("endTime", equalTo("17:30")).body("note", nullValue());
        asStaff().get(TIME_OFF + "?from=2026-07-01&to=2026-07-31", dr).then().statusCode(200).body("id", hasItem(id));
        asStaff().get(TIME_OFF + "?from=2026-08-01", dr).then().statusCode(200).body("id", not(hasItem(id)));

        asAdmin().delete(TIME_OFF + "/{id}", dr, id).then().statusCode(204);
        asAdmin().get(TIME_OFF + "/{id}", dr, id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void timeOffOfAnotherPractitionerIsNotFound() {
        String service = CatalogueFixtures.service(30);
        String dr = CatalogueFixtures.practitioner(service);
        String other = CatalogueFixtures.practitioner(service);
        long id = AvailabilityFixtures.timeOff(dr, "2026-07-06", "2026-07-06", null, null);
        asAdmin().get(TIME_OFF + "/{id}", other, id).then().statusCode(404).contentType(PROBLEM);
        asAdmin().delete(TIME_OFF + "/{id}", other, id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void closuresAreCreatedReadChangedAndRemoved() {
        long id = AvailabilityFixtures.closure("2026-12-24", "2026-12-24", "13:00", null);
        asStaff().get(CLOSURES + "/{id}", id).then().statusCode(200)
                .body("firstDay", equalTo("2026-12-24")).body("startTime", equalTo("13:00")).body("endTime", nullValue());
        asAdmin().body("{\"firstDay\":\"2026-12-24\",\"lastDay\":\"2026-12-26\",\"note\":\"Christmas\"}")
                .put(CLOSURES + "/{id}", id).then().statusCode(200).body("lastDay", equalTo("2026-12-26"));
        asStaff().get(CLOSURES + "?from=2026-12-25&to=2026-12-25").then().statusCode(200).body("id", hasItem((int) id));
        AvailabilityFixtures.deleteClosure(id);
        asAdmin().get(CLOSURES + "/{id}", id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aLastDayBeforeTheFirstIsRefused() {
        asAdmin().body("{\"firstDay\":\"2026-12-24\",\"lastDay\":\"2026-12-23\"}").post(CLOSURES).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("lastDay"));
    }

    @Test
    void onOneDayTheEndMustFollowTheStart() {
        asAdmin().body("{\"firstDay\":\"2026-12-24\",\"lastDay\":\"2026-12-24\",\"startTime\":\"13:00\",\"endTime\":\"12:00\"}")
                .post(CLOSURES).then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("endTime"));
    }

    @Test
    void periodsLongerThanAYearOrOutOfRangeAreRefused() {
        asAdmin().body("{\"firstDay\":\"2026-01-01\",\"lastDay\":\"2027-06-01\"}").post(CLOSURES).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("lastDay"));
        asAdmin().body("{\"firstDay\":\"3026-01-01\",\"lastDay\":\"3026-01-02\"}").post(CLOSURES).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("firstDay"));
    }

    @Test
    void missingDaysAndMalformedDatesAreRefused() {
        asAdmin().body("{\"lastDay\":\"2026-12-24\"}").post(CLOSURES).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("firstDay"));
        asAdmin().body("{\"firstDay\":\"24/12/2026\",\"lastDay\":\"2026-12-24\"}").post(CLOSURES).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("firstDay"));
        asStaff().get(CLOSURES + "?from=tomorrow").then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("from"));
    }

    @Test
    void onlyAdminsChangeClosures() {
        asStaff().body("{\"firstDay\":\"2026-12-24\",\"lastDay\":\"2026-12-24\"}").post(CLOSURES).then()
                .statusCode(403).contentType(PROBLEM);
        given().get(CLOSURES).then().statusCode(401).contentType(PROBLEM);
    }
}
