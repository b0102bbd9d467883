package io.clinicbook.booking.waitlist;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.booking.BookingFixtures.book;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.SlotQueries;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.WithAPractitioner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The waitlist on Monday 2 November 2026 ({@link BookingFixtures#NOW}): patients wait for Tuesday 3 November at 10:00,
 * which a booking holds until it is cancelled. The sweep is also called directly, so that each step is known to have
 * run; the scheduled and the after-commit sweeps may run as well, which must change nothing.
 */
@QuarkusTest
class WaitlistTest extends WithAPractitioner {

    static final String DAY = "2026-11-03";
    static final String TEN = "2026-11-03T10:00:00-05:00";

    @Inject
    WaitlistSweep sweep;
    @Inject
    OfferTokens tokens;

    /**
     * Waits out a sweep begun between tests, on the real clock (in December, past every day these tests wait for), which
     * could otherwise expire this test's entries as they are made: sweeps run one at a time, and every later one reads
     * the fixed clock.
     */
    @BeforeEach
    void afterAnySweepOnTheRealClock() {
        sweep.sweep();
    }

    /** The 10:00 visit that keeps the waiting patients' time, as {reference, manageToken}. */
    private String[] tenOClock() {
        return book(service, dr, november(3, 10, 0));
    }

    private static void cancel(String[] booked) {
        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then().statusCode(200);
    }

    private List<String[]> waiting(int patients) {
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < patients; i++) {
            entries.add(WaitlistFixtures.joined(WaitlistFixtures.join(service, dr, DAY, "10:00", "10:00")));
        }
        return entries;
    }

    @Test
    void fiveWaitingPatientsAndOneCancellationGiveExactlyOneOfferToTheFirst() {
        String[] booked = tenOClock();
        List<String[]> entries = waiting(5);
        sweep.sweep();
        entries.forEach(e -> assertThat(WaitlistFixtures.offersOf(e[0])).isEmpty());

        cancel(booked);
        sweep.sweep();
        sweep.sweep();

        List<Map<String, Object>> first = WaitlistFixtures.offersOf(entries.get(0)[0]);
        assertThat(first).hasSize(1);
        assertThat(first.get(0)).containsEntry("status", "OPEN").containsEntry("start", TEN).containsEntry("practitioner", dr)
                .containsEntry("holdUntil", "2026-11-02T07:30:00-05:00");
        assertThat(WaitlistFixtures.entry(entries.get(0)[0])).containsEntry("status", "OFFERED");
        for (String[] other : entries.subList(1, 5)) {
            assertThat(WaitlistFixtures.offersOf(other[0])).isEmpty();
            assertThat(WaitlistFixtures.entry(other[0])).containsEntry("status", "WAITING");
        }
        given().header("X-Offer-Token", tokens.of(entries.get(0)[0])).get("/api/v1/waitlist/offer").then().statusCode(200)
                .body("start", equalTo(TEN)).body("service", equalTo(service)).body("status", equalTo("OPEN"));
    }

    @Test
    void theHeldTimeIsHiddenFromTheSearchRefusedToOthersAndBookedByAcceptingOnce() {
        String[] booked = tenOClock();
        String entry = waiting(1).get(0)[0];
        cancel(booked);
        sweep.sweep();
        String token = tokens.of(entry);
        assertThat(token).isNotNull();

        // The hold is the offer's row (nothing of it lives only in memory), so a restart during the hold keeps it.
        List<String> starts = SlotQueries.starts(SlotQueries.search(service, DAY, DAY, "practitioner", dr), DAY);
        assertThat(starts).doesNotContain(TEN).contains("2026-11-03T09:30:00-05:00", "2026-11-03T10:30:00-05:00");
        BookingFixtures.post(BookingFixtures.request(service, dr, november(3, 10, 0))).statusCode(409)
                .body("type", endsWith("/slot-taken"));
        BookingFixtures.post(BookingFixtures.request(service, null, november(3, 10, 0))).statusCode(409);

        String reference = WaitlistFixtures.accept(token).statusCode(201).body("start", equalTo(TEN))
                .body("manageToken", notNullValue()).extract().path("reference");
        asAdmin().get("/api/v1/admin/appointments/{ref}", reference).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("practitioner", equalTo(dr));
        assertThat(WaitlistFixtures.offersOf(entry).get(0)).containsEntry("status", "ACCEPTED").containsEntry("appointment", reference);
        assertThat(WaitlistFixtures.entry(entry)).containsEntry("status", "BOOKED");

        WaitlistFixtures.accept(token).statusCode(409).body("type", endsWith("/waitlist-offer-accepted"));
        WaitlistFixtures.decline(token).statusCode(409).body("type", endsWith("/waitlist-offer-accepted"));
        assertThat(SlotQueries.starts(SlotQueries.search(service, DAY, DAY, "practitioner", dr), DAY)).doesNotContain(TEN);
    }

    @Test
    void whenTheHoldExpiresTheSecondPatientGetsTheTimeAndTheFirstIsRefused() {
        String[] booked = tenOClock();
        List<String[]> entries = waiting(3);
        cancel(booked);
        sweep.sweep();
        String firstToken = tokens.of(entries.get(0)[0]);

        clock.setInstant(BookingFixtures.NOW.plus(Duration.ofMinutes(31)));
        sweep.sweep();

        assertThat(WaitlistFixtures.offersOf(entries.get(0)[0])).singleElement().satisfies(o -> assertThat(o).containsEntry("status", "EXPIRED"));
        assertThat(WaitlistFixtures.entry(entries.get(0)[0])).containsEntry("status", "WAITING");
        assertThat(WaitlistFixtures.offersOf(entries.get(1)[0])).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "OPEN").containsEntry("start", TEN)
                        .containsEntry("holdUntil", "2026-11-02T08:01:00-05:00"));
        assertThat(WaitlistFixtures.offersOf(entries.get(2)[0])).isEmpty();

        WaitlistFixtures.accept(firstToken).statusCode(409).body("type", endsWith("/waitlist-offer-expired"))
                .body("detail", equalTo("The time was held for you until 2026-11-02T07:30-05:00; the hold has ended and the time has "
                        + "been offered to the next patient. You stay on the waitlist for other times."));
        WaitlistFixtures.accept(tokens.of(entries.get(1)[0])).statusCode(201).body("start", equalTo(TEN));
    }

    @Test
    void anOfferUsedAfterItsTimeWasBookedBySomeoneElseIsAClearProblem() {
        String[] booked = tenOClock();
        String entry = waiting(1).get(0)[0];
        cancel(booked);
        sweep.sweep();
        String token = tokens.of(entry);

        clock.setInstant(BookingFixtures.NOW.plus(Duration.ofMinutes(45))); // the hold has ended: the time is anyone's again
        book(service, dr, november(3, 10, 0));

        WaitlistFixtures.accept(token).statusCode(409).body("type", endsWith("/waitlist-offer-expired"));
        given().header("X-Offer-Token", token).get("/api/v1/waitlist/offer").then().statusCode(200);
    }

    @Test
    void aDeclinedTimeGoesToTheNextPatientAndTheFirstKeepsWaiting() {
        String[] booked = tenOClock();
        List<String[]> entries = waiting(2);
        cancel(booked);
        sweep.sweep();
        String firstToken = tokens.of(entries.get(0)[0]);

        WaitlistFixtures.decline(firstToken).statusCode(204);
        sweep.sweep();

        assertThat(WaitlistFixtures.offersOf(entries.get(0)[0])).singleElement().satisfies(o -> assertThat(o).containsEntry("status", "DECLINED"));
        assertThat(WaitlistFixtures.entry(entries.get(0)[0])).containsEntry("status", "WAITING");
        assertThat(WaitlistFixtures.offersOf(entries.get(1)[0])).singleElement().satisfies(o -> assertThat(o).containsEntry("status", "OPEN"));
        WaitlistFixtures.decline(firstToken).statusCode(409).body("type", endsWith("/waitlist-offer-declined"));
        WaitlistFixtures.accept(firstToken).statusCode(409).body("type", endsWith("/waitlist-offer-declined"));
    }

    @Test
    void aPatientLeavesWithTheEntrysTokenInAHeader() {
        String[] entry = waiting(1).get(0);

        given().delete("/api/v1/waitlist/{ref}", entry[0]).then().statusCode(400).body("violations[0].field", equalTo("X-Waitlist-Token"));
        given().header("X-Waitlist-Token", "not-the-token").delete("/api/v1/waitlist/{ref}", entry[0]).then().statusCode(404);
        given().header("X-Waitlist-Token", entry[1]).delete("/api/v1/waitlist/{ref}", entry[0]).then().statusCode(204);

        assertThat(WaitlistFixtures.entry(entry[0])).containsEntry("status", "LEFT");
        given().header("X-Waitlist-Token", entry[1]).delete("/api/v1/waitlist/{ref}", entry[0]).then().statusCode(404);
    }

    @Test
    void leavingWithAnOpenOfferFreesItsTime() {
        String[] booked = tenOClock();
        String[] entry = waiting(1).get(0);
        cancel(booked);
        sweep.sweep();
        assertThat(WaitlistFixtures.offersOf(entry[0])).hasSize(1);

        given().header("X-Waitlist-Token", entry[1]).delete("/api/v1/waitlist/{ref}", entry[0]).then().statusCode(204);

        assertThat(WaitlistFixtures.offersOf(entry[0]).get(0)).containsEntry("status", "DECLINED");
        book(service, dr, november(3, 10, 0));
    }

    @Test
    void aRemovedTimeOffIsOfferedToAnEntryForAnyoneWithoutASweepBeingAskedFor() {
        String other = BookingFixtures.practitioner(service);
        long away = AvailabilityFixtures.timeOff(dr, DAY, DAY, null, null);
        long alsoAway = AvailabilityFixtures.timeOff(other, DAY, DAY, null, null);
        String entry = WaitlistFixtures.joined(WaitlistFixtures.join(service, null, DAY, "11:00", "11:30"))[0];
        sweep.sweep();
        assertThat(WaitlistFixtures.offersOf(entry)).isEmpty();

        asAdmin().delete("/api/v1/admin/practitioners/{slug}/time-off/{id}", other, alsoAway).then().statusCode(204);

        // the sweep after the committed change (or the scheduled one) makes the offer: with the one practitioner back at work
        await().atMost(Duration.ofSeconds(20)).until(() -> !WaitlistFixtures.offersOf(entry).isEmpty());
        assertThat(WaitlistFixtures.offersOf(entry)).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("practitioner", other).containsEntry("start", "2026-11-03T11:00:00-05:00").containsEntry("status", "OPEN"));
        asAdmin().delete("/api/v1/admin/practitioners/{slug}/time-off/{id}", dr, away).then().statusCode(204);
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, Object> body = WaitlistFixtures.join(service, dr, DAY, "10:00", "10:00");
        body.put("to", "2026-11-02");
        body.put("from", "2026-11-04");
        WaitlistFixtures.post(body).statusCode(400).body("violations[0].field", equalTo("to"));

        body = WaitlistFixtures.join(service, dr, DAY, "12:00", "09:00");
        WaitlistFixtures.post(body).statusCode(400).body("violations[0].field", equalTo("latestStart"));

        body = WaitlistFixtures.join(service, dr, DAY, "10:00", "10:00");
        body.put("consentToContact", false);
        WaitlistFixtures.post(body).statusCode(400).body("violations[0].field", equalTo("consentToContact"));

        body = WaitlistFixtures.join("no-such-service", null, DAY, "10:00", "10:00");
        WaitlistFixtures.post(body).statusCode(400).body("violations[0].field", equalTo("service"));

        body = WaitlistFixtures.join(service, dr, DAY, "10:00", "10:00");
        ((Map<String, Object>) body.get("patient")).remove("email");
        WaitlistFixtures.post(body).statusCode(400).body("violations[0].field", equalTo("patient.email"));

        body = WaitlistFixtures.join(service, dr, DAY, "10:00", "10:00");
        body.put("earliestStart", "ten");
        WaitlistFixtures.post(body).statusCode(400);

        given().post("/api/v1/waitlist/offer/accept").then().statusCode(400).body("violations[0].field", equalTo("X-Offer-Token"));
        WaitlistFixtures.accept("no-such-offer").statusCode(404);
    }

    @Test
    void erasingThePatientErasesTheirEntryAndEndsTheirOffer() {
        String[] booked = tenOClock();
        Map<String, Object> body = WaitlistFixtures.join(service, dr, DAY, "10:00", "10:00");
        String email = (String) ((Map<?, ?>) body.get("patient")).get("email");
        String entry = WaitlistFixtures.joined(body)[0];
        cancel(booked);
        sweep.sweep();
        String token = tokens.of(entry);

        asAdmin().body(Map.of("email", email.toUpperCase())).post("/api/v1/admin/patient-erasures").then().statusCode(200);

        Map<String, Object> erased = WaitlistFixtures.entry(entry);
        assertThat(erased).containsEntry("status", "LEFT").doesNotContainKeys("firstName", "lastName", "email", "phone");
        assertThat(WaitlistFixtures.offersOf(entry).get(0)).containsEntry("status", "DECLINED");
        WaitlistFixtures.accept(token).statusCode(404);
        book(service, dr, november(3, 10, 0));
    }

    @Test
    void theOfferLinkOpensAPageThatKeepsTheTokenInTheFragment() {
        given().get("/waitlist").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';")).header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer").body(containsString("/site/waitlist.js"));
        given().get("/site/waitlist.js").then().statusCode(200).body(containsString("'X-Offer-Token'"), containsString("location.hash"));
    }

    @Test
    void staffSeeTheWaitlistAndThePublicNeverDoes() {
        String entry = waiting(1).get(0)[0];
        io.clinicbook.Staff.asStaff().get("/api/v1/admin/waitlist").then().statusCode(200);
        assertThat(WaitlistFixtures.entry(entry)).containsEntry("service", service).containsEntry("practitioner", dr)
                .containsEntry("firstName", "Waiting").containsEntry("earliestStart", "10:00");
        given().get("/api/v1/admin/waitlist").then().statusCode(401);
    }
}
