package io.clinicbook.integration.connected;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.availability.SlotQueries.reason;
import static io.clinicbook.availability.SlotQueries.search;
import static io.clinicbook.availability.SlotQueries.starts;
import static io.clinicbook.booking.BookingFixtures.november;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A practitioner's iCalendar subscription, served by a local HTTP server: its busy time takes exactly those slots
 * from the search and refuses bookings of them; transparent events keep theirs; the poll is conditional (304);
 * removing the calendar frees the time at once. The clinic stands on Monday 2 November 2026, the day after DST ended.
 */
@QuarkusTest
class IcsSubscriptionTest extends OnAFixedMorning {

    private static final String TUESDAY_TEN = "DTSTART;TZID=America/New_York:20261103T100000\nDTEND;TZID=America/New_York:20261103T110000";
    private static final String TUESDAY_TWO_FREE = "DTSTART:20261103T190000Z\nDTEND:20261103T200000Z\nTRANSP:TRANSPARENT";
    private static final String THURSDAY_ALL_DAY = "DTSTART;VALUE=DATE:20261105\nDTEND;VALUE=DATE:20261106";

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private IcsServer server;
    private String service;
    private String dr;

    @BeforeEach
    void practitionerWithACalendar() {
        server = new IcsServer();
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private JsonPath week() {
        return search(service, "2026-11-03", "2026-11-05", "practitioner", dr);
    }

    @Test
    void busyEventsTakeExactlyTheirSlotsAndTransparentOnesNone() {
        server.serve(CalendarFixtures.calendar(TUESDAY_TEN, TUESDAY_TWO_FREE, THURSDAY_ALL_DAY));
        long id = CalendarFixtures.subscribe(dr, server.url("/secret/basic.ics"));

        JsonPath slots = week();
        assertThat(starts(slots, "2026-11-03")).contains("2026-11-03T09:30:00-05:00", "2026-11-03T11:00:00-05:00",
                "2026-11-03T14:00:00-05:00", "2026-11-03T14:30:00-05:00")
                .doesNotContain("2026-11-03T09:45:00-05:00", "2026-11-03T10:00:00-05:00", "2026-11-03T10:45:00-05:00").hasSize(34);
        assertThat(starts(slots, "2026-11-04")).hasSize(39);
        assertThat(starts(slots, "2026-11-05")).isEmpty();
        assertThat(reason(slots, "2026-11-05")).isEqualTo("UNAVAILABLE");
        assertThat(slots.prettify()).doesNotContain(CalendarFixtures.MARKER).doesNotContain("X-rays");

        BookingFixtures.post(BookingFixtures.request(service, dr, november(3, 10, 30))).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://clinicbook.io/problems/practitioner-unavailable"))
                .body(not(containsString(CalendarFixtures.MARKER)));
        BookingFixtures.post(BookingFixtures.request(service, dr, november(3, 14, 0))).statusCode(201);

        asAdmin().get("/api/v1/admin/practitioners/" + dr + "/calendars/" + id).then().statusCode(200)
                .body("busyIntervals", equalTo(2)).body("upToDate", equalTo(true)).body("kind", equalTo("ICS"))
                .body("lastSuccessAt", equalTo(BookingFixtures.NOW.toString())).body(not(containsString(CalendarFixtures.MARKER)));
    }

    @Test
    void thePollAsksWithTheETagAndA304KeepsTheBusyTime() {
        server.serve(CalendarFixtures.calendar(TUESDAY_TEN));
        long id = CalendarFixtures.subscribe(dr, server.url("/secret/etag.ics"));
        clock.setInstant(BookingFixtures.NOW.plusSeconds(300));

        CalendarFixtures.sync(dr, id).body("lastSuccessAt", equalTo(BookingFixtures.NOW.plusSeconds(300).toString()))
                .body("busyIntervals", equalTo(1));

        assertThat(server.ifNoneMatch).containsExactly("", "\"v1\"");
        assertThat(server.statuses).containsExactly(200, 304);
        assertThat(starts(week(), "2026-11-03")).doesNotContain("2026-11-03T10:00:00-05:00");
    }

    @Test
    void aChangedCalendarMovesTheSlotsAndRemovingItFreesThemAtOnce() {
        server.serve(CalendarFixtures.calendar(TUESDAY_TEN, THURSDAY_ALL_DAY));
        long id = CalendarFixtures.subscribe(dr, server.url("/secret/change.ics"));
        assertThat(starts(week(), "2026-11-05")).isEmpty();

        server.serve(CalendarFixtures.calendar(THURSDAY_ALL_DAY));
        CalendarFixtures.sync(dr, id).body("busyIntervals", equalTo(1));
        assertThat(starts(week(), "2026-11-03")).contains("2026-11-03T10:00:00-05:00").hasSize(39);

        CalendarFixtures.remove(dr, id);
        assertThat(starts(week(), "2026-11-05")).hasSize(39);
        BookingFixtures.post(BookingFixtures.request(service, dr, november(5, 10, 0))).statusCode(201);
        asAdmin().get("/api/v1/admin/practitioners/" + dr + "/calendars").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aPausedCalendarBlocksNothingUntilResumed() {
        server.serve(CalendarFixtures.calendar(THURSDAY_ALL_DAY));
        long id = CalendarFixtures.subscribe(dr, server.url("/secret/pause.ics"));

        asAdmin().post("/api/v1/admin/practitioners/" + dr + "/calendars/" + id + "/pause").then().statusCode(200)
                .body("active", equalTo(false)).body("upToDate", equalTo(false));
        assertThat(starts(week(), "2026-11-05")).hasSize(39);

        asAdmin().post("/api/v1/admin/practitioners/" + dr + "/calendars/" + id + "/resume").then().statusCode(200)
                .body("active", equalTo(true)).body("upToDate", equalTo(true));
        assertThat(starts(week(), "2026-11-05")).isEmpty();
    }

    @Test
    void aWeeklyTenOClockStaysAtTenAfterTheClocksWentBack() {
        server.serve(CalendarFixtures.calendar("DTSTART;TZID=America/New_York:20261021T100000\nDTEND;TZID=America/New_York:20261021T110000\n"
                + "RRULE:FREQ=WEEKLY;BYDAY=WE\nEXDATE;TZID=America/New_York:20261111T100000"));
        CalendarFixtures.subscribe(dr, server.url("/secret/weekly.ics"));

        for (String wednesday : List.of("2026-11-04", "2026-11-18")) {
            JsonPath day = search(service, wednesday, wednesday, "practitioner", dr);
            assertThat(starts(day, wednesday)).hasSize(34).contains(wednesday + "T09:30:00-05:00", wednesday + "T11:00:00-05:00")
                    .doesNotContain(wednesday + "T09:45:00-05:00", wednesday + "T10:00:00-05:00", wednesday + "T10:45:00-05:00");
        }
        assertThat(starts(search(service, "2026-11-11", "2026-11-11", "practitioner", dr), "2026-11-11")).hasSize(39);
        BookingFixtures.post(BookingFixtures.request(service, dr, november(4, 10, 0))).statusCode(422);
        BookingFixtures.post(BookingFixtures.request(service, dr, november(11, 10, 0))).statusCode(201);
    }

    @Test
    void aCalendarOverTheSizeLimitIsRefusedByName() {
        server.serve(CalendarFixtures.calendar("DTSTART:20261103T150000Z\nDTEND:20261103T160000Z\nDESCRIPTION:" + "x".repeat(6 * 1024 * 1024)));

        CalendarFixtures.connect(dr, """
                {"kind":"ICS","url":"%s"}""".formatted(server.url("/secret/huge.ics"))).statusCode(400)
                .body("violations[0].field", equalTo("url")).body("violations[0].message", containsString("larger than 5 MB"));
    }

    @Test
    void aWebcalAddressIsReadOverHttpsAndRefusedLikeAnyOther() {
        CalendarFixtures.connect(dr, """
                {"kind":"ICS","url":"webcal://10.20.30.40/calendar.ics"}""").statusCode(400)
                .body("violations[0].message", containsString("private"));
    }

    @Test
    void aCalendarAnotherInstanceIsReadingIsNotReadTwice() throws java.sql.SQLException {
        server.serve(CalendarFixtures.calendar(TUESDAY_TEN));
        long id = CalendarFixtures.subscribe(dr, server.url("/secret/lease.ics"));
        clock.setInstant(BookingFixtures.NOW.plusSeconds(300));
        lease(id, "another-instance", BookingFixtures.NOW.plusSeconds(360));

        CalendarFixtures.sync(dr, id).body("lastAttemptAt", equalTo(BookingFixtures.NOW.toString()));
        assertThat(server.statuses).hasSize(1);

        clock.setInstant(BookingFixtures.NOW.plusSeconds(361)); // the other instance's lease ran out
        CalendarFixtures.sync(dr, id).body("lastAttemptAt", equalTo(BookingFixtures.NOW.plusSeconds(361).toString()));
        assertThat(server.statuses).containsExactly(200, 304);
    }

    private void lease(long calendar, String instance, Instant until) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
                var update = connection.prepareStatement("update connected_calendar set sync_leased_by = ?, sync_lease_until = ? where id = ?")) {
            update.setString(1, instance);
            update.setObject(2, until.atOffset(java.time.ZoneOffset.UTC));
            update.setLong(3, calendar);
            assertThat(update.executeUpdate()).isOne();
        }
    }

    @Test
    void badInputIsA400NamingTheField() {
        CalendarFixtures.connect(dr, """
                {"kind":"ICS","url":"ftp://calendar.example.com/x.ics"}""").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("url"));
        CalendarFixtures.connect(dr, """
                {"kind":"ICS","url":"http://10.20.30.40/x.ics"}""").statusCode(400)
                .body("violations[0].field", equalTo("url")).body("violations[0].message", containsString("private"));
        server.serve("<html><body>Sign in to see this calendar</body></html>", "text/html");
        CalendarFixtures.connect(dr, """
                {"kind":"ICS","url":"%s"}""".formatted(server.url("/secret/html.ics"))).statusCode(400)
                .body("violations[0].field", equalTo("url")).body("violations[0].message", containsString("not iCalendar (text/html)"));
        CalendarFixtures.connect(dr, """
                {"kind":"CALDAV","url":"%s","username":"maya"}""".formatted(server.url("/dav/"))).statusCode(400)
                .body("violations[0].field", equalTo("password"));
        CalendarFixtures.connect("dr-nobody-" + Instant.now().toEpochMilli(), """
                {"kind":"ICS","url":"%s"}""".formatted(server.url("/x.ics"))).statusCode(404);
        asAdmin().get("/api/v1/admin/practitioners/" + dr + "/calendars").then().statusCode(200).body("size()", equalTo(0));
    }
}
