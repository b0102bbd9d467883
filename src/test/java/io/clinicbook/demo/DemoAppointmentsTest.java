package io.clinicbook.demo;

import static io.clinicbook.Staff.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.booking.metrics.MetricsTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoAppointmentsTest extends OnAFixedMorning {

    private static final String[] DEMO_SERVICES = {"follow-up-adjustment", "infant-child-visit", "new-patient-exam"};

    @Inject
    DemoAppointments demo;

    @Test
    void theDemoDataIsBookedButNotCountedAsRequests() {
        for (String slug : DEMO_SERVICES) {
            demoService(slug);
        }
        String practitioner = BookingFixtures.practitioner(DEMO_SERVICES);
        Map<String, Double> before = MetricsTest.counters();

        QuarkusTransaction.requiringNew().run(() -> demo.onDemoLoaded(new DemoClinic.DemoLoaded()));

        asAdmin().queryParam("practitioner", practitioner).get("/api/v1/admin/appointments")
                .then().statusCode(200).body("items", hasSize(3));
        Map<String, Double> after = MetricsTest.counters();
        for (String counter : new String[] {"requested", "confirmed"}) {
            assertThat(after.get(counter)).as(counter).isEqualTo(before.get(counter));
        }
        BookingFixtures.post(BookingFixtures.request("follow-up-adjustment", practitioner, BookingFixtures.november(6, 9, 0)))
                .statusCode(201);
        assertThat(MetricsTest.counters().get("requested")).isEqualTo(before.get("requested") + 1);
    }

    /** The demo books these slugs; the test database has them only if this test made them. */
    private static void demoService(String slug) {
        if (asAdmin().get("/api/v1/admin/services/{slug}", slug).statusCode() == 404) {
            asAdmin().body("""
                    {"slug":"%s","name":{"en":"Demo visit"},"description":{"en":"A visit the demo books."},
                     "durationMinutes":30,"bufferBeforeMinutes":0,"bufferAfterMinutes":0,
                     "audience":"ANYONE","active":true,"displayOrder":60}""".formatted(slug))
                    .post("/api/v1/admin/services").then().statusCode(201);
        }
    }
}
