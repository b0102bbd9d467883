package io.clinicbook.integration.connected;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.availability.SlotQueries.search;
import static io.clinicbook.availability.SlotQueries.starts;
import static io.clinicbook.booking.BookingFixtures.november;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A practitioner's CalDAV calendar on a real Radicale: events PUT as a calendar app does, read by the service with
 * a time-ranged calendar-query REPORT, take exactly their slots; transparent ones none; an unchanged getctag skips
 * the REPORT; removing the calendar frees the time at once; the app password is never returned or stored in clear.
 */
@QuarkusTest
class CalDavCalendarTest extends OnAFixedMorning {

    private static final String NEW_YORK = """
            BEGIN:VTIMEZONE
            TZID:America/New_York
            BEGIN:DAYLIGHT
            TZOFFSETFROM:-0500
            TZOFFSETTO:-0400
            TZNAME:EDT
            DTSTART:19700308T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:-0400
            TZOFFSETTO:-0500
            TZNAME:EST
            DTSTART:19701101T020000
            RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
            END:STANDARD
            END:VTIMEZONE
            """;

    private static Radicale radicale;

    @Inject
    DataSource dataSource;

    private String service;
    private String dr;

    @BeforeAll
    static void startRadicale() {
        radicale = new Radicale();
    }

    @AfterAll
    static void stopRadicale() {
        radicale.close();
    }

    @BeforeEach
    void practitioner() {
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
    }

    private static String event(String uid, String body) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15.1//EN\r\n" + NEW_YORK.replace("\n", "\r\n")
                + "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261101T120000Z\r\nSUMMARY:" + CalendarFixtures.MARKER + "\r\n"
                + body.strip().replace("\n", "\r\n") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private long connect(String url) {
        return CalendarFixtures.connect(dr, """
                {"kind":"CALDAV","url":"%s","username":"%s","password":"%s"}""".formatted(url, Radicale.USER, Radicale.PASSWORD))
                .statusCode(201).body("password", nullValue()).body(not(containsString(Radicale.PASSWORD)))
                .body("username", equalTo(Radicale.USER)).extract().jsonPath().getLong("id");
    }

    private JsonPath week() {
        return search(service, "2026-11-03", "2026-11-05", "practitioner", dr);
    }

    @Test
    void eventsOnTheServerTakeExactlyTheirSlots() {
        String url = radicale.calendar("work-" + dr);
        radicale.put(url, "dentist", event("dentist", "DTSTART;TZID=America/New_York:20261103T100000\nDTEND;TZID=America/New_York:20261103T110000"));
        radicale.put(url, "lunch-free", event("lunch-free", "DTSTART:20261103T190000Z\nDTEND:20261103T200000Z\nTRANSP:TRANSPARENT"));
        radicale.put(url, "school-run", event("school-run",
                "DTSTART;TZID=America/New_York:20261028T090000\nDTEND;TZID=America/New_York:20261028T093000\nRRULE:FREQ=WEEKLY;BYDAY=WE"));
        long id = connect(url);

        JsonPath slots = week();
        assertThat(starts(slots, "2026-11-03")).doesNotContain("2026-11-03T09:45:00-05:00", "2026-11-03T10:00:00-05:00",
                "2026-11-03T10:45:00-05:00").contains("2026-11-03T09:30:00-05:00", "2026-11-03T11:00:00-05:00",
                "2026-11-03T14:00:00-05:00").hasSize(34);
        assertThat(starts(slots, "2026-11-04")).doesNotContain("2026-11-04T08:45:00-05:00", "2026-11-04T09:00:00-05:00",
                "2026-11-04T09:15:00-05:00").contains("2026-11-04T08:30:00-05:00", "2026-11-04T09:30:00-05:00").hasSize(36);
        BookingFixtures.post(BookingFixtures.request(service, dr, november(3, 10, 0))).statusCode(422)
                .body("type", equalTo("https://clinicbook.io/problems/practitioner-unavailable"));
        BookingFixtures.post(BookingFixtures.request(service, dr, november(4, 9, 0))).statusCode(422);
        BookingFixtures.post(BookingFixtures.request(service, dr, november(3, 14, 0))).statusCode(201);

        asAdmin().get("/api/v1/admin/practitioners/" + dr + "/calendars/" + id).then().statusCode(200)
                .body("kind", equalTo("CALDAV")).body("upToDate", equalTo(true)).body(not(containsString(Radicale.PASSWORD)));
        assertThat(rows("select password, etag, description from connected_calendar where id = " + id).toString())
                .doesNotContain(Radicale.PASSWORD).doesNotContain(CalendarFixtures.MARKER);
        CalendarFixtures.remove(dr, id);
        assertThat(starts(week(), "2026-11-03")).contains("2026-11-03T10:00:00-05:00");
        assertThat(rows("select * from calendar_busy where calendar_id = " + id)).isEmpty();
    }

    @Test
    void aNewEventIsPickedUpByTheNextSyncAndAnUnchangedCtagKeepsWhatWasRead() {
        String url = radicale.calendar("changes-" + dr);
        radicale.put(url, "first", event("first", "DTSTART:20261103T150000Z\nDTEND:20261103T160000Z"));
        long id = connect(url);
        String ctag = (String) rows("select etag from connected_calendar where id = " + id).get(0).get("ETAG");

        CalendarFixtures.sync(dr, id).body("busyIntervals", equalTo(1)).body("lastError", nullValue());
        assertThat(rows("select etag from connected_calendar where id = " + id).get(0).get("ETAG")).isEqualTo(ctag);

        radicale.put(url, "second", event("second", "DTSTART;VALUE=DATE:20261105\nDTEND;VALUE=DATE:20261106"));
        CalendarFixtures.sync(dr, id).body("busyIntervals", equalTo(2));
        assertThat(starts(week(), "2026-11-05")).isEmpty();

        radicale.delete(url, "second");
        CalendarFixtures.sync(dr, id).body("busyIntervals", equalTo(1));
        assertThat(starts(week(), "2026-11-05")).hasSize(39);
    }

    @Test
    void wrongCredentialsAreA400NamingThePassword() {
        String url = radicale.calendar("refused-" + dr);
        CalendarFixtures.connect(dr, """
                {"kind":"CALDAV","url":"%s","username":"%s","password":"wrong"}""".formatted(url, Radicale.USER)).statusCode(400)
                .body("violations[0].field", equalTo("password")).body("violations[0].message", containsString("HTTP 401"));
        CalendarFixtures.connect(dr, """
                {"kind":"CALDAV","url":"%s","username":"%s","password":"%s"}""".formatted(radicale.url("/" + Radicale.USER + "/"),
                Radicale.USER, Radicale.PASSWORD)).statusCode(400).body("violations[0].message", containsString("not a CalDAV calendar"));
    }

    private List<Map<String, Object>> rows(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnName(i), result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
