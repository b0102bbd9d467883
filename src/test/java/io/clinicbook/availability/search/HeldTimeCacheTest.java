package io.clinicbook.availability.search;

import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.availability.SlotQueries.search;
import static io.clinicbook.availability.SlotQueries.starts;
import static io.clinicbook.booking.BookingFixtures.book;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.availability.engine.BusyTime;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.WithAPractitioner;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The slot search answers repeated searches from cached held time, and every change committed through
 * this instance shows in the next search: a booking's slot is gone, the slot of an appointment cancelled (by
 * the patient or by staff) or moved is back. (Other instances: ci/held-time-two-instances.sh.)
 */
@QuarkusTest
class HeldTimeCacheTest extends WithAPractitioner {

    private static final String DAY = "2026-11-05";

    @Inject
    HeldTimeCache cache;

    private List<String> offered() {
        return starts(search(service, DAY, DAY, "practitioner", dr), DAY);
    }

    private static String start(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME); // as sent: with the seconds
    }

    @Test
    void aSlotBookedHereIsNotOfferedAfterwardsAndItsCancelOffersItAgain() {
        OffsetDateTime nine = november(5, 9, 0);
        assertThat(offered()).contains(start(nine));
        assertThat(offered()).contains(start(nine)); // now from the cache

        String[] booked = book(service, dr, nine);
        assertThat(offered()).doesNotContain(start(nine));
        assertThat(offered()).doesNotContain(start(nine));

        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then().statusCode(200);
        assertThat(offered()).contains(start(nine));
    }

    @Test
    void aMoveFreesTheOldSlotAndTakesTheNewOneAndAStaffCancelFreesIt() {
        OffsetDateTime ten = november(5, 10, 0);
        OffsetDateTime eleven = november(5, 11, 0);
        String[] booked = book(service, dr, ten);
        assertThat(offered()).doesNotContain(start(ten)).contains(start(eleven));

        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{\"start\":\"" + eleven + "\"}")
                .post("/api/v1/appointments/{ref}/reschedule", booked[0]).then().statusCode(200);
        assertThat(offered()).contains(start(ten)).doesNotContain(start(eleven));

        asStaff().body(Map.of("status", "CANCELLED", "reason", "Practitioner ill"))
                .post("/api/v1/admin/appointments/{ref}/status-changes", booked[0]).then().statusCode(200);
        assertThat(offered()).contains(start(ten), start(eleven));
    }

    @Test
    void whatIsReadWhileAChangeIsOpenIsNotKeptPastItsCommit() throws Exception {
        ZoneId zone = BookingFixtures.ZONE;
        LocalDate day = LocalDate.parse(DAY);
        long id = QuarkusTransaction.requiringNew().call(() -> Practitioner.findBySlug(dr).orElseThrow().id);
        List<Long> practitioners = List.of(id);
        assertThat(cache.read(zone, practitioners, day, day).held()).doesNotContainKey(id);

        QuarkusTransaction.requiringNew().run(() -> {
            confirmedAt(november(5, 14, 0));
            cache.changing();
            // Another request searches before the commit: it sees the old rows, and must not keep them.
            Map<Long, BusyTime> before = CompletableFuture.supplyAsync(() -> cache.read(zone, practitioners, day, day).held()).join();
            assertThat(before).doesNotContainKey(id);
        });

        assertThat(cache.read(zone, practitioners, day, day).held()).containsKey(id);
    }

    @Test
    void aSlotAnswerWrittenWhileABookingIsOpenIsNotServedPastItsCommit() {
        OffsetDateTime two = november(5, 14, 0);
        assertThat(offered()).contains(start(two));

        QuarkusTransaction.requiringNew().run(() -> {
            confirmedAt(two);
            cache.changing();
            // A patient searches before the commit: the answer still offers the time, and must not be kept.
            assertThat(CompletableFuture.supplyAsync(this::offered).join()).contains(start(two));
        });

        assertThat(offered()).doesNotContain(start(two));
    }

    /** Inserts a confirmed appointment in the caller's transaction, as booking would, without committing it. */
    private void confirmedAt(OffsetDateTime start) {
        Appointment appointment = new Appointment();
        appointment.reference = UUID.randomUUID().toString().substring(0, 12);
        appointment.practitioner = Practitioner.findBySlug(dr).orElseThrow();
        appointment.service = ServiceType.findBySlug(service).orElseThrow();
        appointment.status = AppointmentStatus.CONFIRMED;
        appointment.placeAt(start.toInstant());
        appointment.createdAt = BookingFixtures.NOW;
        appointment.persist();
    }
}
