package io.clinicbook.integration.mail;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.integration.mail.Inbox.invitation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A booked care plan sends its patient one email, whose calendar file holds every visit with its appointment's UID. */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class PlanMailTest {

    @Test
    void aBookedPlanSendsOneEmailWithEveryVisitInOneCalendarFile() throws Exception {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        String patient = "plan-" + System.nanoTime() + "@patients-mail.dev";
        ZoneId zone = ZoneId.of(asAdmin().get("/api/v1/admin/clinic").then().extract().<String>path("timeZone"));
        LocalDate monday = LocalDate.now(zone).plusDays(7).with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        var created = asAdmin().body(Map.of("service", service, "practitioner", dr,
                        "patient", Map.of("firstName", "Lee", "lastName", "Park", "email", patient, "phone", "+1 555 010 4455"),
                        "pattern", Map.of("visitsPerWeek", 2, "weekdays", List.of("MONDAY", "WEDNESDAY"), "weeks", 2),
                        "timeOfDay", "10:00", "earliestStart", monday.toString()))
                .post("/api/v1/admin/care-plans").then().statusCode(201).extract();
        List<Map<String, Object>> proposal = created.path("plan.proposal");
        List<Map<String, Object>> visits = proposal.stream().map(v -> Map.of("start", v.get("start"), "practitioner", v.get("practitioner"))).toList();
        List<String> references = given().contentType(ContentType.JSON).header("X-Manage-Token", created.<String>path("manageToken"))
                .body(Map.of("visits", visits)).post("/api/v1/care-plans/{reference}/book", created.<String>path("plan.reference"))
                .then().statusCode(201).extract().path("visits.reference");

        MimeMessage mail = Inbox.awaitMail(patient, references.get(0), "Your care plan is booked: 4 visits");
        Calendar calendar = new CalendarBuilder().build(new StringReader(invitation(mail)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(4);
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue().split("@")[0]).containsExactlyElementsOf(references);
        for (VEvent event : events) {
            ZonedDateTime start = ZonedDateTime.from(event.getDateTimeStart().getDate());
            assertThat(start.withZoneSameInstant(zone).toLocalTime()).hasToString("10:00");
        }
        // The plan's one email stands for the visits' own confirmations: none of those was written.
        assertThat(Inbox.mails(patient, references.get(1), "Your visit is confirmed")).isEmpty();
        assertThat(Inbox.mails(patient, "", "")).hasSize(1);
    }
}
