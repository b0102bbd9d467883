package io.clinicbook.booking.waitlist;

import static io.clinicbook.booking.BookingFixtures.book;
import static io.clinicbook.booking.BookingFixtures.november;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.Race;
import io.clinicbook.booking.WithAPractitioner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances sweeping the waitlist at the same moment, as threads of one: each runs the matcher in its own
 * transactions against the same database, so only the locks (the entry's row, then the practitioner's) and the
 * re-read of held time under them keep the freed time from being offered twice.
 */
@QuarkusTest
class RacingSweepsTest extends WithAPractitioner {

    private static final int SWEEPERS = 6;

    @Inject
    WaitlistSweep sweep;
    @Inject
    Offers offers;
    @Inject
    OfferTokens tokens;
    @TestHTTPResource("/api/v1/waitlist/offer/accept")
    URI accept;
    @TestHTTPResource("/api/v1/waitlist/offer/decline")
    URI decline;

    /**
     * Waits out a sweep begun between tests, on the real clock (in December, past every day these tests wait for), which
     * could otherwise expire this test's entries as they are made: sweeps run one at a time, and every later one reads
     * the fixed clock.
     */
    @BeforeEach
    void afterAnySweepOnTheRealClock() {
        sweep.sweep();
    }

    @Test
    void sweepsRacingForOneFreedTimeMakeExactlyOneOfferToTheFirstPatient() throws Exception {
        String reference = book(service, dr, november(3, 10, 0))[0];
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(WaitlistFixtures.joined(WaitlistFixtures.join(service, dr, "2026-11-03", "10:00", "10:00"))[0]);
        }
        // Freed behind the service's back (no event, so no sweep of its own): only the racing sweeps below see it.
        QuarkusTransaction.requiringNew().run(() -> Appointment.update("status = ?1 where reference = ?2", AppointmentStatus.CANCELLED, reference));

        List<Callable<Integer>> sweeps = new ArrayList<>();
        for (int i = 0; i < SWEEPERS; i++) {
            sweeps.add(sweep::match);
        }
        assertThat(atOnce(sweeps)).isLessThanOrEqualTo(1); // a scheduled sweep may have made it first

        assertThat(WaitlistFixtures.offersOf(entries.get(0))).hasSize(1);
        entries.subList(1, 5).forEach(e -> assertThat(WaitlistFixtures.offersOf(e)).isEmpty());
    }

    @Test
    void entriesMatchedAtOnceForOneFreedTimeGetOneOfferBetweenThem() throws Exception {
        String reference = book(service, dr, november(4, 11, 0))[0];
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < SWEEPERS; i++) {
            entries.add(WaitlistFixtures.joined(WaitlistFixtures.join(service, dr, "2026-11-04", "11:00", "11:00"))[0]);
        }
        QuarkusTransaction.requiringNew().run(() -> Appointment.update("status = ?1 where reference = ?2", AppointmentStatus.CANCELLED, reference));

        // Each thread offers the time to a different entry, as instances whose sweeps reached different entries would:
        // only the practitioner's lock and the re-read of held time under it stand between them.
        List<Callable<Integer>> matchers = new ArrayList<>();
        for (String entry : entries) {
            long id = QuarkusTransaction.requiringNew().call(() -> WaitlistEntry.<WaitlistEntry>find("reference", entry).singleResult().id);
            matchers.add(() -> offers.offerTo(id) ? 1 : 0);
        }
        atOnce(matchers);

        assertThat(entries.stream().mapToInt(e -> WaitlistFixtures.offersOf(e).size()).sum()).isEqualTo(1);
    }

    @Test
    void anOfferAcceptedFourTimesAtOnceBooksOnceAndTellsTheOthersWhy() throws Exception {
        String reference = book(service, dr, november(5, 9, 0))[0];
        String entry = WaitlistFixtures.joined(WaitlistFixtures.join(service, dr, "2026-11-05", "09:00", "09:00"))[0];
        QuarkusTransaction.requiringNew().run(() -> Appointment.update("status = ?1 where reference = ?2", AppointmentStatus.CANCELLED, reference));
        sweep.sweep();
        String token = tokens.of(entry);

        List<HttpRequest> accepts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            accepts.add(HttpRequest.newBuilder(accept).timeout(Duration.ofSeconds(60)).header("X-Offer-Token", token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
        }
        assertThat(Race.statuses(accepts)).containsExactlyInAnyOrder(201, 409, 409, 409);
    }

    @Test
    void answersRacingTheExpiryOfTheirOfferAreClearProblems() throws Exception {
        String reference = book(service, dr, november(5, 14, 0))[0];
        String entry = WaitlistFixtures.joined(WaitlistFixtures.join(service, dr, "2026-11-05", "14:00", "14:00"))[0];
        QuarkusTransaction.requiringNew().run(() -> Appointment.update("status = ?1 where reference = ?2", AppointmentStatus.CANCELLED, reference));
        sweep.sweep();
        String token = tokens.of(entry);
        clock.setInstant(BookingFixtures.NOW.plus(Duration.ofMinutes(31)));

        // The sweep that expires the offer runs alongside (its own thread), as the scheduled one would on any instance.
        List<HttpRequest> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(HttpRequest.newBuilder(i % 2 == 0 ? accept : decline).timeout(Duration.ofSeconds(60)).header("X-Offer-Token", token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
        }
        ExecutorService sweeper = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> expiry = sweeper.submit(() -> sweep.sweep());
            assertThat(Race.statuses(answers)).containsOnly(409);
            expiry.get();
        } finally {
            sweeper.shutdownNow();
        }
        assertThat(WaitlistFixtures.offersOf(entry).get(0)).containsEntry("status", "EXPIRED");
    }

    /** Runs the tasks at once, a thread each released together; the sum of their answers. */
    private static int atOnce(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (Callable<Integer> task : tasks) {
                results.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }
}
