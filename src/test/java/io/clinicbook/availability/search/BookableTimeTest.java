package io.clinicbook.availability.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.ClinicPolicy;
import io.clinicbook.availability.HeldAppointments;
import io.clinicbook.availability.SlotQueries;
import io.clinicbook.availability.engine.Slot;
import io.clinicbook.availability.engine.Unbookable;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What booking asks: the same rules as the search, start by start. New York, March 2026 (EDT, -04:00). */
@QuarkusTest
class BookableTimeTest {

    @Inject
    BookableTime bookable;
    @Inject
    TestClock clock;
    private final ClinicPolicy policy = new ClinicPolicy();
    private final List<Long> closures = new ArrayList<>();
    private String service;
    private String dr;

    @BeforeEach
    void standOnTuesdayNineOClock() {
        policy.set("America/New_York", 60, 30, 30);
        clock.setInstant(Instant.parse("2026-03-10T13:00:00Z"));
        service = CatalogueFixtures.service(30, 0, 10, "ANYONE");
        dr = AvailabilityFixtures.practitionerWorking(service, "09:00", "12:00");
    }

    @AfterEach
    void restore() {
        closures.forEach(AvailabilityFixtures::deleteClosure);
        policy.restore();
        clock.reset();
    }

    private Optional<Unbookable> whyNot(String practitioner, String start, Long moving) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Practitioner candidate = Practitioner.findBySlug(practitioner).orElseThrow();
            return bookable.check(ServiceType.findBySlug(service).orElseThrow(), List.of(candidate), Instant.parse(start), moving)
                    .verdict(candidate);
        });
    }

    private Optional<Unbookable> whyNot(String start) {
        return whyNot(dr, start, null);
    }

    @Test
    void everySlotTheSearchOffersCanBeBooked() {
        List<String> starts = SlotQueries.search(service, "2026-03-10", "2026-03-11").getList("days.slots.start.flatten()");
        assertThat(starts).hasSize(3 + 5);
        starts.forEach(start -> assertThat(whyNot(SlotSearchDstTest.instant(start))).as(start).isEmpty());
    }

    @Test
    void aStartIsJudgedByEachRule() {
        assertThat(whyNot("2026-03-10T14:00:00Z")).isEmpty();
        assertThat(whyNot("2026-03-10T13:30:00Z")).contains(Unbookable.BEFORE_MINIMUM_NOTICE);
        assertThat(whyNot("2026-04-09T14:00:00Z")).isEmpty();
        assertThat(whyNot("2026-04-10T13:00:00Z")).contains(Unbookable.BEYOND_HORIZON);
        assertThat(whyNot("2026-03-11T12:00:00Z")).contains(Unbookable.OUTSIDE_WORKING_HOURS);
        // 11:30 would end at 12:00, but its 10-minute buffer after would not.
        assertThat(whyNot("2026-03-11T15:30:00Z")).contains(Unbookable.OUTSIDE_WORKING_HOURS);
        assertThat(whyNot("2026-03-11T14:15:00Z")).contains(Unbookable.OFF_STEP);
        assertThat(whyNot("2026-03-11T14:00:00.5Z")).contains(Unbookable.OFF_STEP);
    }

    @Test
    void timeOffAndClosuresRefuseAStart() {
        AvailabilityFixtures.timeOff(dr, "2026-03-12", "2026-03-12", null, null);
        closures.add(AvailabilityFixtures.closure("2026-03-13", "2026-03-13", "10:00", "11:00"));

        assertThat(whyNot("2026-03-12T14:00:00Z")).contains(Unbookable.TIME_OFF);
        assertThat(whyNot("2026-03-13T14:00:00Z")).contains(Unbookable.TIME_OFF);
        // 09:30 with its buffer ends at 10:10, inside the closure.
        assertThat(whyNot("2026-03-13T13:30:00Z")).contains(Unbookable.TIME_OFF);
        assertThat(whyNot("2026-03-13T13:00:00Z")).isEmpty();
    }

    @Test
    void heldTimeRefusesAStartUnlessItIsTheAppointmentBeingMoved() {
        long held = HeldAppointments.add(dr, service, "2026-03-11T14:00:00Z", AppointmentStatus.CONFIRMED);

        assertThat(whyNot("2026-03-11T14:00:00Z")).contains(Unbookable.TAKEN);
        // 09:30 + 30 + 10 reaches 10:10, and the held 10:00-10:40 reaches 10:40 > 10:30.
        assertThat(whyNot("2026-03-11T13:30:00Z")).contains(Unbookable.TAKEN);
        assertThat(whyNot("2026-03-11T14:30:00Z")).contains(Unbookable.TAKEN);
        assertThat(whyNot("2026-03-11T15:00:00Z")).isEmpty();
        assertThat(whyNot(dr, "2026-03-11T14:30:00Z", held)).isEmpty();
    }

    @Test
    void aPractitionerWhoDoesNotOfferTheServiceIsNotOffered() {
        String other = CatalogueFixtures.practitioner(CatalogueFixtures.service(30));
        AvailabilityFixtures.everyDay(other, "09:00", "12:00");
        assertThat(whyNot(other, "2026-03-11T14:00:00Z", null)).contains(Unbookable.NOT_OFFERED);
    }

    @Test
    void nextFreeFindsTheEarliestSlotsAfterAnInstantInTheClinicsZone() {
        HeldAppointments.add(dr, service, "2026-03-11T13:00:00Z", AppointmentStatus.CONFIRMED);

        List<Slot> next = QuarkusTransaction.requiringNew().call(() -> bookable.nextFree(ServiceType.findBySlug(service).orElseThrow(),
                Optional.empty(), Instant.parse("2026-03-10T14:00:00Z"), 3));

        // 10:00 on the 10th is not after the instant; 09:00 and 09:30 on the 11th meet the held 09:00-09:40.
        assertThat(next).extracting(slot -> slot.start().toString())
                .containsExactly("2026-03-10T10:30-04:00", "2026-03-10T11:00-04:00", "2026-03-11T10:00-04:00");
        assertThat(next).extracting(Slot::practitioner).containsOnly(dr);
    }

    @Test
    void nextFreeAfterAnInstantLongPastStartsAtTheMinimumNotice() {
        List<Slot> next = QuarkusTransaction.requiringNew().call(() -> bookable.nextFree(ServiceType.findBySlug(service).orElseThrow(),
                Practitioner.findBySlug(dr), Instant.parse("2020-01-01T00:00:00Z"), 1));

        assertThat(next).extracting(slot -> slot.start().toString()).containsExactly("2026-03-10T10:00-04:00");
    }

    @Test
    void nextFreeLooksBeyondTwoWeeksAndStopsAtTheHorizon() {
        AvailabilityFixtures.timeOff(dr, "2026-03-10", "2026-03-31", null, null);

        List<Slot> next = QuarkusTransaction.requiringNew().call(() -> bookable.nextFree(ServiceType.findBySlug(service).orElseThrow(),
                Practitioner.findBySlug(dr), Instant.parse("2026-03-10T13:00:00Z"), 100));

        assertThat(next.get(0).start().toString()).isEqualTo("2026-04-01T09:00-04:00");
        assertThat(next.get(next.size() - 1).date()).hasToString("2026-04-09");
        assertThat(next).hasSize(9 * 5);
    }
}
