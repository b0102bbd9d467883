package io.clinicbook.integration.connected;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.availability.SlotQueries.reason;
import static io.clinicbook.availability.SlotQueries.search;
import static io.clinicbook.availability.SlotQueries.starts;
import static io.clinicbook.booking.BookingFixtures.november;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A calendar not read successfully within clinic.calendars.stale-after (30 minutes) withholds its practitioner's
 * slots, explained as CALENDAR_NOT_UP_TO_DATE, and refuses their bookings with a 422; other practitioners are
 * offered as before; a failed read says why to staff and keeps the busy time last read; a fresh read restores all.
 */
@QuarkusTest
class CalendarStalenessTest extends OnAFixedMorning {

    private IcsServer server;
    private String service;
    private String dr;
    private String other;

    @BeforeEach
    void practitionersOneWithACalendar() {
        server = new IcsServer().serve(CalendarFixtures.calendar(
                "DTSTART;TZID=America/New_York:20261103T100000\nDTEND;TZID=America/New_York:20261103T110000"));
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
        other = BookingFixtures.practitioner(service);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private JsonPath days(String... practitioner) {
        return practitioner.length == 0 ? search(service, "2026-11-03", "2026-11-05")
                : search(service, "2026-11-03", "2026-11-05", "practitioner", practitioner[0]);
    }

    @Test
    void aStaleCalendarWithholdsThePractitionersSlotsUntilAFreshRead() {
        long id = CalendarFixtures.subscribe(dr, server.url("/secret/stale.ics"));
        assertThat(starts(days(dr), "2026-11-04")).hasSize(39);
        Instant later = BookingFixtures.NOW.plus(Duration.ofMinutes(31));
        clock.setInstant(later);

        BookingFixtures.post(BookingFixtures.request(service, dr, november(4, 10, 0))).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://clinicbook.io/problems/calendar-not-up-to-date"));
        // The search's held time may be up to clinic.held-time.max-age (2 s) old.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(reason(days(dr), "2026-11-04")).isEqualTo("CALENDAR_NOT_UP_TO_DATE"));
        JsonPath withheld = days(dr);
        for (String date : List.of("2026-11-03", "2026-11-04", "2026-11-05")) {
            assertThat(starts(withheld, date)).isEmpty();
            assertThat(reason(withheld, date)).isEqualTo("CALENDAR_NOT_UP_TO_DATE");
        }
        assertThat(days().getList("days.find { it.date == '2026-11-04' }.slots.practitioner", String.class)).hasSize(39).containsOnly(other);
        asAdmin().get("/api/v1/admin/practitioners/" + dr + "/calendars/" + id).then().statusCode(200).body("upToDate", equalTo(false));

        server.failWith(503);
        CalendarFixtures.sync(dr, id).body("upToDate", equalTo(false)).body("lastError", containsString("HTTP 503"))
                .body("lastAttemptAt", equalTo(later.toString())).body("busyIntervals", equalTo(1));
        BookingFixtures.post(BookingFixtures.request(service, dr, november(4, 10, 0))).statusCode(422);

        server.failWith(0);
        CalendarFixtures.sync(dr, id).body("upToDate", equalTo(true)).body("lastSuccessAt", equalTo(later.toString()));
        assertThat(starts(days(dr), "2026-11-04")).hasSize(39);
        assertThat(starts(days(dr), "2026-11-03")).hasSize(34);
        BookingFixtures.post(BookingFixtures.request(service, dr, november(4, 10, 0))).statusCode(201);
    }
}
