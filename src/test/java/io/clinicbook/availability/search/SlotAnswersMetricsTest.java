package io.clinicbook.availability.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.availability.SlotQueries;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /q/metrics tells computed slot answers from reused ones, which is what the slot benchmark's random questions report. */
@QuarkusTest
class SlotAnswersMetricsTest {

    @Inject
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
    }

    @Test
    void aNewQuestionIsCountedAsComputedAndTheSameOneAgainAsReused() {
        clock.setInstant(Instant.parse("2026-03-01T12:00:00Z"));
        String service = CatalogueFixtures.service(30);
        AvailabilityFixtures.weekdays(CatalogueFixtures.practitioner(service), "09:00", "17:00");
        SlotQueries.search(service, "2026-03-02", "2026-03-08");
        double computed = answers("computed");
        double reused = answers("reused");

        SlotQueries.search(service, "2026-03-02", "2026-03-09");
        assertThat(answers("computed")).isEqualTo(computed + 1);
        assertThat(answers("reused")).isEqualTo(reused);

        // The same question asked again at once is answered from memory; an attempt that took longer than
        // clinic.held-time.max-age on a loaded machine computes again, and is counted as computed.
        int searches = 0;
        for (int attempt = 0; attempt < 5 && answers("reused") == reused; attempt++) {
            SlotQueries.search(service, "2026-03-02", "2026-03-09");
            SlotQueries.search(service, "2026-03-02", "2026-03-09");
            searches += 2;
        }
        assertThat(answers("reused")).isGreaterThan(reused);
        assertThat(answers("computed") + answers("reused")).as("every answer counted once").isEqualTo(computed + 1 + reused + searches);
    }

    private static double answers(String source) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^clinic_slot_answers_total\\{[^}]*source=\"" + source + "\"[^}]*} ([0-9.E]+)$").matcher(metrics);
        assertThat(m.find()).as("clinic_slot_answers_total{source=%s} on /q/metrics", source).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
