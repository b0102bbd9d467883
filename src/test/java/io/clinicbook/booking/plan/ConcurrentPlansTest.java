package io.clinicbook.booking.plan;

import static io.clinicbook.Staff.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.ClinicPolicy;
import io.clinicbook.booking.Race;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eight plans raced at once through real HTTP on real threads, on whichever database the run uses: their visits
 * overlap one another and each plan takes the two practitioners in another order, so that a booking that locked
 * them as it met them could deadlock with another. Every answer is 201 or 409, no two held visits of a
 * practitioner overlap, and every plan is booked whole or not at all.
 */
@QuarkusTest
class ConcurrentPlansTest {

    private static final int PLANS = 8;
    private static final int VISITS = 4;

    @Inject
    TestClock clock;
    @Inject
    ObjectMapper json;
    @TestHTTPResource("/api/v1/care-plans")
    URI carePlans;
    private final ClinicPolicy policy = new ClinicPolicy();

    @BeforeEach
    void standInFebruary() {
        clock.setInstant(CarePlanTest.NOW);
        policy.set("America/New_York", 60, 90, 15);
    }

    @AfterEach
    void restore() {
        policy.restore();
        clock.reset();
    }

    @Test
    void eightOverlappingPlansRacedAtOnceNeitherOverlapNorDeadlock() throws Exception {
        String service = CatalogueFixtures.service(30);
        List<String> doctors = List.of(CatalogueFixtures.practitioner(service), CatalogueFixtures.practitioner(service));
        doctors.forEach(dr -> AvailabilityFixtures.weekdays(dr, "08:00", "18:00"));
        List<PlanFixtures.Created> plans = new ArrayList<>();
        List<List<Map<String, Object>>> visits = new ArrayList<>();
        for (int k = 0; k < PLANS; k++) {
            plans.add(PlanFixtures.created(PlanFixtures.weekly(service, doctors.get(0), VISITS,
                    List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"), 1, "10:00", "2027-03-01")));
            List<Map<String, Object>> mine = new ArrayList<>();
            for (int day = 0; day < VISITS; day++) {
                Map<String, Object> visit = new LinkedHashMap<>();
                // 10:00, 10:15 or 10:30: each 30-minute visit overlaps those of other plans 15 minutes away
                visit.put("start", OffsetDateTime.parse("2027-03-01T10:00:00-05:00").plusDays(day).plusMinutes(15L * (k % 3)).toString());
                visit.put("practitioner", doctors.get((day + k) % 2));
                mine.add(visit);
            }
            if (k % 2 == 1) {
                Collections.reverse(mine);
            }
            visits.add(mine);
        }

        List<Integer> statuses = race(plans, visits);

        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        long booked = statuses.stream().filter(s -> s == 201).count();
        assertThat(booked).isPositive().isLessThan(PLANS); // the first to lock books; plans 0 and 6 (say) want the very same times
        int held = 0;
        for (String dr : doctors) {
            List<Map<String, String>> items = asAdmin().queryParam("practitioner", dr).queryParam("status", "REQUESTED")
                    .queryParam("status", "CONFIRMED").queryParam("size", 100).get("/api/v1/admin/appointments")
                    .then().statusCode(200).extract().path("items");
            for (int i = 0; i < items.size(); i++) {
                for (int j = 0; j < i; j++) {
                    assertThat(overlap(items.get(i), items.get(j))).as("%s and %s", items.get(i), items.get(j)).isFalse();
                }
            }
            held += items.size();
        }
        assertThat(held).isEqualTo(booked * VISITS);
        for (int k = 0; k < PLANS; k++) {
            String status = asAdmin().get("/api/v1/admin/care-plans/{reference}", plans.get(k).reference()).then().statusCode(200)
                    .extract().path("status");
            assertThat(status).isEqualTo(statuses.get(k) == 201 ? "BOOKED" : "PROPOSED");
        }
    }

    private static boolean overlap(Map<String, String> a, Map<String, String> b) {
        return OffsetDateTime.parse(a.get("start")).isBefore(OffsetDateTime.parse(b.get("end")))
                && OffsetDateTime.parse(b.get("start")).isBefore(OffsetDateTime.parse(a.get("end")));
    }

    private List<Integer> race(List<PlanFixtures.Created> plans, List<List<Map<String, Object>>> visits) throws Exception {
        List<HttpRequest> posts = new ArrayList<>();
        for (int k = 0; k < plans.size(); k++) {
            posts.add(HttpRequest.newBuilder(URI.create(carePlans + "/" + plans.get(k).reference() + "/book"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("X-Manage-Token", plans.get(k).token()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("visits", visits.get(k))))).build());
        }
        return Race.statuses(posts);
    }
}
