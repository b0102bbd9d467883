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
import java.time.LocalDate;
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

    @Test
    void aQuestionNeverAskedBeforeComputesOnlyTheDaysNoSearchHasWritten() {
        clock.setInstant(Instant.parse("2026-03-01T12:00:00Z"));
        String service = CatalogueFixtures.service(30);
        AvailabilityFixtures.weekdays(CatalogueFixtures.practitioner(service), "09:00", "17:00");
        // Each attempt a week of its own: 7 days, then 6 that share 4 of them in another length. An attempt
        // that took longer than clinic.held-time.max-age on a loaded machine computes every day again.
        for (int week = 0; week < 5; week++) {
            LocalDate monday = LocalDate.parse("2026-03-02").plusWeeks(week);
            SlotQueries.search(service, monday.toString(), monday.plusDays(6).toString());
            double computed = counted("days", "computed");
            double reused = counted("days", "reused");
            SlotQueries.search(service, monday.plusDays(3).toString(), monday.plusDays(8).toString());
            if (counted("days", "reused") > reused) {
                assertThat(counted("days", "reused")).isEqualTo(reused + 4);
                assertThat(counted("days", "computed")).as("only the two days after the first week").isEqualTo(computed + 2);
                return;
            }
        }
        throw new AssertionError("no search reused a day written by the one before it");
    }

    private static double answers(String source) {
        return counted("answers", source);
    }

    private static double counted(String what, String source) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        String name = "clinic_slot_" + what + "_total";
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*source=\"" + source + "\"[^}]*} ([0-9.E]+)$").matcher(metrics);
        assertThat(m.find()).as("%s{source=%s} on /q/metrics", name, source).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
