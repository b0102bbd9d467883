package io.clinicbook.booking.guard;

import static io.clinicbook.booking.BookingFixtures.november;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.catalog.Practitioner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** "Any practitioner": candidates are judged without locks; only the one chosen is locked. */
@QuarkusTest
class AnyPractitionerTest extends OnAFixedMorning {

    @Test
    void aCandidateWhoCannotTakeTheVisitIsNotLocked() throws Exception {
        String service = CatalogueFixtures.service(30, 0, 0, "ANYONE");
        List<String> byOrder = Stream.of(CatalogueFixtures.practitioner(service), CatalogueFixtures.practitioner(service)).sorted().toList();
        String afternoonsOnly = byOrder.get(0); // judged first: same display order, then by slug
        String allDay = byOrder.get(1);
        AvailabilityFixtures.weekdays(afternoonsOnly, "13:00", "17:00");
        AvailabilityFixtures.weekdays(allDay, "09:00", "17:00");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherBooking = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Practitioner.getEntityManager().lock(Practitioner.findBySlug(afternoonsOnly).orElseThrow(), LockModeType.PESSIMISTIC_WRITE);
            locked.countDown();
            await(release);
        }));
        try {
            await(locked);
            // The first candidate does not work at 10:00; were it locked before being judged, this would
            // wait for the other transaction, which only ends after it.
            String practitioner = CompletableFuture.supplyAsync(() -> BookingFixtures.post(BookingFixtures.request(service, null,
                    november(4, 10, 0))).statusCode(201).extract().<String>path("practitioner")).get(5, TimeUnit.SECONDS);
            assertThat(practitioner).isEqualTo(allDay);
        } finally {
            release.countDown();
            otherBooking.get(15, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(15, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
