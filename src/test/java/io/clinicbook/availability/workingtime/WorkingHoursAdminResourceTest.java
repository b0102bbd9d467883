package io.clinicbook.availability.workingtime;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkingHoursAdminResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PATH = "/api/v1/admin/practitioners/{slug}/working-hours";

    private static String practitioner() {
        return CatalogueFixtures.practitioner(CatalogueFixtures.service(30));
    }

    @Test
    void aWeekWithALunchBreakIsSavedAndReadBackMondayFirst() {
        String dr = practitioner();
        asAdmin().body("""
                {"intervals":[{"day":"TUESDAY","start":"10:00","end":"18:00","validFrom":"2026-01-01","validUntil":"2026-06-30"},
                              {"day":"MONDAY","start":"13:30","end":"17:30"},
                              {"day":"MONDAY","start":"09:00","end":"12:30"}]}""")
                .put(PATH, dr).then().statusCode(200)
                .body("intervals", hasSize(3))
                .body("intervals.day", contains("MONDAY", "MONDAY", "TUESDAY"))
                .body("intervals.start", contains("09:00", "13:30", "10:00"))
                .body("intervals.end", contains("12:30", "17:30", "18:00"));
        asStaff().get(PATH, dr).then().statusCode(200)
                .body("intervals[2].validFrom", equalTo("2026-01-01"))
                .body("intervals[2].validUntil", equalTo("2026-06-30"));
    }

    @Test
    void replacingTheWeekDropsTheOldIntervals() {
        String dr = practitioner();
        AvailabilityFixtures.weekdays(dr, "09:00", "17:00");
        asAdmin().body("{\"intervals\":[]}").put(PATH, dr).then().statusCode(200).body("intervals", hasSize(0));
        asAdmin().get(PATH, dr).then().statusCode(200).body("intervals", hasSize(0));
    }

    @Test
    void overlappingIntervalsOnOneDayAreRefusedNamingTheInterval() {
        asAdmin().body("""
                {"intervals":[{"day":"MONDAY","start":"09:00","end":"12:30"},{"day":"MONDAY","start":"12:00","end":"17:00"}]}""")
                .put(PATH, practitioner()).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("intervals[1]"));
    }

    @Test
    void intervalsThatNeverShareADayMayOverlapInTime() {
        asAdmin().body("""
                {"intervals":[{"day":"MONDAY","start":"09:00","end":"17:00","validUntil":"2026-03-31"},
                              {"day":"MONDAY","start":"08:00","end":"16:00","validFrom":"2026-04-01"},
                              {"day":"TUESDAY","start":"08:00","end":"16:00"}]}""")
                .put(PATH, practitioner()).then().statusCode(200).body("intervals", hasSize(3));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        asAdmin().body("{\"intervals\":[{\"day\":\"FRIDAY\",\"start\":\"17:00\",\"end\":\"09:00\"}]}")
                .put(PATH, practitioner()).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("intervals[0].end"));
    }

    @Test
    void validityThatEndsBeforeItStartsIsRefused() {
        asAdmin().body("""
                {"intervals":[{"day":"FRIDAY","start":"09:00","end":"12:00","validFrom":"2026-05-01","validUntil":"2026-04-01"}]}""")
                .put(PATH, practitioner()).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("intervals[0].validUntil"));
    }

    @Test
    void datesOutsideTheSensibleRangeAreRefused() {
        asAdmin().body("{\"intervals\":[{\"day\":\"FRIDAY\",\"start\":\"09:00\",\"end\":\"12:00\",\"validFrom\":\"1900-01-01\"}]}")
                .put(PATH, practitioner()).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("intervals[0].validFrom"));
    }

    @Test
    void missingFieldsAndMalformedTimesAreRefused() {
        String dr = practitioner();
        asAdmin().body("{\"intervals\":[{\"day\":\"FRIDAY\",\"start\":\"09:00\"}]}").put(PATH, dr).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("intervals[0].end"));
        asAdmin().body("{\"intervals\":[{\"day\":\"FRIDAY\",\"start\":\"9am\",\"end\":\"12:00\"}]}").put(PATH, dr).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("intervals[0].start"));
        asAdmin().body("{\"intervals\":[{\"day\":\"FUNDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}").put(PATH, dr).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("intervals[0].day"));
    }

    @Test
    void moreThanTwelveIntervalsOnADayAreRefused() {
        StringBuilder intervals = new StringBuilder();
        for (int hour = 6; hour < 19; hour++) {
            intervals.append(intervals.isEmpty() ? "" : ",")
                    .append("{\"day\":\"MONDAY\",\"start\":\"%02d:00\",\"end\":\"%02d:30\"}".formatted(hour, hour));
        }
        asAdmin().body("{\"intervals\":[" + intervals + "]}").put(PATH, practitioner()).then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("intervals[12]"));
    }

    @Test
    void anUnknownPractitionerIsNotFound() {
        asAdmin().get(PATH, "dr-nobody").then().statusCode(404).contentType(PROBLEM);
        asAdmin().body("{\"intervals\":[]}").put(PATH, "dr-nobody").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void staffMayReadButOnlyAdminsChangeHours() {
        String dr = practitioner();
        asStaff().body("{\"intervals\":[]}").put(PATH, dr).then().statusCode(403).contentType(PROBLEM);
        given().get(PATH, dr).then().statusCode(401).contentType(PROBLEM);
    }
}
