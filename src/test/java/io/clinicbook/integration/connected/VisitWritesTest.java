package io.clinicbook.integration.connected;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Visits written into the practitioner's chosen CalDAV calendar on a real Radicale, through the outbox: a booking
 * appears with its stable UID, a move updates it with a higher SEQUENCE, a cancellation removes it; read back, the
 * service's own visits block nothing; an event the practitioner edited is not overwritten (412 on If-Match, shown
 * in the delivery log).
 */
@QuarkusTest
class VisitWritesTest extends OnAFixedMorning {

    private static Radicale radicale;

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

    private long connectWritingVisits(String url) {
        return CalendarFixtures.connect(dr, """
                {"kind":"CALDAV","url":"%s","username":"%s","password":"%s","writeVisits":true}""".formatted(url, Radicale.USER,
                Radicale.PASSWORD)).statusCode(201).body("writesVisits", equalTo(true)).extract().jsonPath().getLong("id");
    }

    private String awaitEvent(String url, String reference, String containing) {
        String[] seen = new String[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            seen[0] = radicale.get(url, reference + ".ics");
            return seen[0] != null && seen[0].contains(containing);
        });
        return seen[0];
    }

    private static void reschedule(String[] booked, java.time.OffsetDateTime start) {
        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body(Map.of("start", start.toString()))
                .post("/api/v1/appointments/{ref}/reschedule", booked[0]).then().statusCode(200);
    }

    @Test
    void aVisitIsWrittenMovedAndRemovedAndDoesNotBlockItselfWhenReadBack() {
        String url = radicale.calendar("visits-" + dr);
        long id = connectWritingVisits(url);

        String[] booked = BookingFixtures.book(service, dr, november(3, 9, 0));
        String written = awaitEvent(url, booked[0], "DTSTART;TZID=America/New_York:20261103T090000");
        assertThat(written).contains("UID:" + booked[0] + "@appointments.clinicbook.io").contains("Test Patient")
                .doesNotContain("patient-").doesNotContain("555 010");
        CalendarFixtures.sync(dr, id).body("busyIntervals", equalTo(0)).body("lastError", equalTo(null));

        reschedule(booked, november(3, 13, 0));
        String moved = awaitEvent(url, booked[0], "DTSTART;TZID=America/New_York:20261103T130000");
        assertThat(sequence(moved)).isGreaterThan(sequence(written));

        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> radicale.get(url, booked[0] + ".ics") == null);
    }

    @Test
    void anEventThePractitionerEditedIsNotOverwritten() {
        String url = radicale.calendar("edited-" + dr);
        connectWritingVisits(url);
        String[] booked = BookingFixtures.book(service, dr, november(4, 9, 0));
        String written = awaitEvent(url, booked[0], "UID:" + booked[0]);
        String edited = written.replace("\n", "\r\n").replaceFirst("SUMMARY:[^\r]*", "SUMMARY:Edited by the practitioner");
        radicale.put(url, booked[0], edited);

        reschedule(booked, november(4, 13, 0));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonPath messages = asAdmin().queryParam("channel", "CALDAV").queryParam("status", "SKIPPED").get("/api/v1/admin/outbox")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(messages.getList("findAll { it.appointment == '" + booked[0] + "' }.lastError", String.class))
                    .anyMatch(error -> error.contains("HTTP 412"));
        });
        assertThat(radicale.get(url, booked[0] + ".ics")).contains("SUMMARY:Edited by the practitioner")
                .contains("DTSTART;TZID=America/New_York:20261104T090000");
    }

    /**
     * The clinic's clock stands still here, so a failed write's retry comes only when the test moves it on:
     * Radicale is down for a booking, a read and half an hour, then back.
     */
    @Test
    void whileTheServerIsDownBookingsGoOnTheCalendarShowsFailingAndTheVisitArrivesWhenItIsBack() {
        String url = radicale.calendar("down-" + dr);
        long id = connectWritingVisits(url);
        radicale.stop();
        try {
            String[] booked = BookingFixtures.book(service, dr, november(5, 9, 0));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(asAdmin().queryParam("channel", "CALDAV")
                    .queryParam("status", "PENDING").get("/api/v1/admin/outbox").then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.appointment == '" + booked[0] + "' }.attempts", Integer.class)).containsExactly(1));

            CalendarFixtures.sync(dr, id).body("upToDate", equalTo(true)).body("lastError", org.hamcrest.Matchers.notNullValue());
            java.time.Instant later = BookingFixtures.NOW.plus(Duration.ofMinutes(31));
            clock.setInstant(later);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(io.clinicbook.availability.SlotQueries.reason(
                    io.clinicbook.availability.SlotQueries.search(service, "2026-11-06", "2026-11-06", "practitioner", dr), "2026-11-06"))
                    .isEqualTo("CALENDAR_NOT_UP_TO_DATE"));
            asAdmin().get("/api/v1/admin/practitioners/" + dr + "/calendars/" + id).then().body("upToDate", equalTo(false));

            radicale.start();
            clock.setInstant(later.plus(Duration.ofMinutes(1))); // the write's retry is due
            assertThat(awaitEvent(url, booked[0], "UID:" + booked[0])).contains("DTSTART;TZID=America/New_York:20261105T090000");
            CalendarFixtures.sync(dr, id).body("upToDate", equalTo(true)).body("lastError", org.hamcrest.Matchers.nullValue());
            assertThat(io.clinicbook.availability.SlotQueries.reason(
                    io.clinicbook.availability.SlotQueries.search(service, "2026-11-06", "2026-11-06", "practitioner", dr), "2026-11-06")).isNull();
        } finally {
            radicale.start();
        }
    }

    private static int sequence(String event) {
        return Integer.parseInt(event.replaceAll("(?s).*\nSEQUENCE:(\\d+).*", "$1"));
    }
}
