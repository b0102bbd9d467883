package io.clinicbook.integration.calendar;

import static io.clinicbook.integration.calendar.FeedFixtures.visit;
import static io.clinicbook.integration.calendar.Ics.parameter;
import static io.clinicbook.integration.calendar.Ics.property;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.integration.IcalJs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 1 November 2026 in New York: 01:00–01:59 happens twice (EDT, then EST). A TZID local time in that hour
 * cannot name one instant to every reader: RFC 5545 reads it as the first occurrence, ical.js and libical as
 * the second. The files keep the instant, checked by ical.js reading them both ways.
 */
@QuarkusTest
class RepeatedHourTest {

    private static final Instant NOW = Instant.parse("2026-10-26T12:00:00Z");
    /** 01:30 EDT, the first 01:30. */
    private static final Instant FIRST = Instant.parse("2026-11-01T05:30:00Z");
    /** 01:30 EST, the second 01:30. */
    private static final Instant SECOND = Instant.parse("2026-11-01T06:30:00Z");
    private static final Duration VISIT = Duration.ofMinutes(30);

    @Inject
    TestClock clock;

    String service;
    String dr;

    @BeforeEach
    void aPractitionerWorkingThroughTheNight() {
        clock.setInstant(NOW);
        service = CatalogueFixtures.service(30);
        dr = AvailabilityFixtures.practitionerWorking(service, "00:00", "04:00");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String download(String[] booked) {
        return given().header("X-Manage-Token", booked[1]).get("/api/v1/appointments/{ref}/calendar.ics", booked[0]).then()
                .statusCode(200).extract().asString();
    }

    private static void assertReadAs(String ics, String reference, Instant start) {
        IcalJs.Event event = IcalJs.event(ics, reference + "@appointments.clinicbook.io");
        assertThat(event.start()).as("DTSTART as RFC 5545 reads it").isEqualTo(start);
        assertThat(event.end()).as("DTEND as RFC 5545 reads it").isEqualTo(start.plus(VISIT));
        assertThat(event.icalJsStart()).as("DTSTART as ical.js reads it").isEqualTo(start);
        assertThat(event.icalJsEnd()).as("DTEND as ical.js reads it").isEqualTo(start.plus(VISIT));
    }

    @Test
    void aVisitAtTheSecondOneThirtyDownloadsAtItsInstant() {
        String[] booked = BookingFixtures.book(service, dr, SECOND.atOffset(ZoneOffset.ofHours(-5)));

        String ics = download(booked);
        assertReadAs(ics, booked[0], SECOND);
        var event = Ics.parse(ics).onlyEvent();
        assertThat(property(event, "DTSTART")).isEqualTo("20261101T063000Z");
        assertThat(parameter(event, "DTSTART", "TZID")).isNull();
        // 02:00 EST happens once: the end keeps the zone.
        assertThat(property(event, "DTEND")).isEqualTo("20261101T020000");
    }

    @Test
    void aVisitAtTheFirstOneThirtyDownloadsAtItsInstant() {
        String[] booked = BookingFixtures.book(service, dr, FIRST.atOffset(ZoneOffset.ofHours(-4)));

        assertReadAs(download(booked), booked[0], FIRST);
    }

    @Test
    void theFeedKeepsEveryInstantAroundTheRepeatedHour() {
        String feed = FeedFixtures.rotate(dr);
        Instant[] starts = {
                Instant.parse("2026-11-01T04:30:00Z"), // 00:30 EDT to 01:00 EDT: ends in the repeated hour
                Instant.parse("2026-11-01T05:00:00Z"), // the first 01:00
                FIRST,
                Instant.parse("2026-11-01T06:00:00Z"), // the second 01:00
                SECOND,                                // ends at 02:00 EST, which happens once
                Instant.parse("2026-11-01T07:00:00Z")  // 02:00 EST
        };
        String[] references = new String[starts.length];
        for (int i = 0; i < starts.length; i++) {
            references[i] = visit(dr, service, starts[i], AppointmentStatus.CONFIRMED, NOW);
        }

        String ics = given().get(feed).then().statusCode(200).extract().asString();

        for (int i = 0; i < starts.length; i++) {
            assertReadAs(ics, references[i], starts[i]);
        }
    }

    @Test
    void timesThatHappenOnceKeepTheClinicsZone() {
        String feed = FeedFixtures.rotate(dr);
        String reference = visit(dr, service, Instant.parse("2026-11-01T07:00:00Z"), AppointmentStatus.CONFIRMED, NOW);

        String ics = given().get(feed).then().statusCode(200).extract().asString();

        var event = Ics.parse(ics).events().stream().filter(e -> property(e, "UID").startsWith(reference)).findFirst().orElseThrow();
        assertThat(property(event, "DTSTART")).isEqualTo("20261101T020000");
        assertThat(parameter(event, "DTSTART", "TZID")).isEqualTo("TZID=America/New_York");
        assertReadAs(ics, reference, OffsetDateTime.parse("2026-11-01T02:00:00-05:00").toInstant());
    }
}
