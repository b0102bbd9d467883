package io.clinicbook.booking.guard;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.booking.BookingFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.booking.Race;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real threads racing real HTTP requests at one practitioner's time, on whichever database the run uses. */
@QuarkusTest
class NoDoubleBookingTest extends OnAFixedMorning {

    private static final int RACERS = 32;

    @Inject
    ObjectMapper json;
    @TestHTTPResource("/api/v1/appointments")
    URI appointments;

    @Test
    void manyRequestsForOneSlotMakeExactlyOneAppointment() throws Exception {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            bodies.add(request(service, dr, november(5, 9, 0)));
        }

        List<Integer> statuses = race(bodies);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(RACERS - 1);
        holdingAppointmentsOf(dr, 1);
    }

    @Test
    void overlappingRequestsOfDifferentStartsAndDurationsMakeExactlyOneAppointment() throws Exception {
        String half = CatalogueFixtures.service(30);
        String hour = CatalogueFixtures.service(60);
        String buffered = CatalogueFixtures.service(20, 10, 10, "ANYONE");
        String dr = BookingFixtures.practitioner(half, hour, buffered);
        // Every pair overlaps: 9:30-10:00 lies inside each visit or its buffers.
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS / 4; i++) {
            bodies.add(request(half, dr, november(5, 9, 30)));
            bodies.add(request(hour, dr, november(5, 9, 0)));
            bodies.add(request(hour, dr, november(5, 9, 15)));
            bodies.add(request(buffered, dr, november(5, 10, 0)));
        }

        List<Integer> statuses = race(bodies);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(bodies.size() - 1);
        holdingAppointmentsOf(dr, 1);
    }

    private List<Integer> race(List<Map<String, Object>> bodies) throws Exception {
        List<HttpRequest> posts = new ArrayList<>();
        for (Map<String, Object> body : bodies) {
            posts.add(HttpRequest.newBuilder(appointments).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build());
        }
        return Race.statuses(posts);
    }

    private static void holdingAppointmentsOf(String practitioner, int expected) {
        asAdmin().queryParam("practitioner", practitioner).queryParam("status", "REQUESTED").queryParam("status", "CONFIRMED")
                .get("/api/v1/admin/appointments").then().statusCode(200).body("totalItems", equalTo(expected));
    }
}
