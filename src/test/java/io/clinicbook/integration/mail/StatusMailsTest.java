package io.clinicbook.integration.mail;

import static io.clinicbook.Staff.asAdmin;
import static io.restassured.RestAssured.given;
import static io.clinicbook.integration.mail.Inbox.awaitMail;
import static io.clinicbook.integration.mail.Inbox.invitation;
import static io.clinicbook.integration.mail.Inbox.part;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.integration.Visits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mails of a request's life, as a real SMTP server receives them: the staff notification of a request
 * that waits, the patient's confirmation, decline and reschedule, each in the patient's language and with
 * the calendar part that fits (REQUEST for a visit that stands, CANCEL for one that does not).
 */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class StatusMailsTest {

    private static final String CLINIC_ADDRESS = "frontdesk@clinic-mail.dev";
    private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");

    Map<String, Object> settings;
    String service;
    String dr;

    @BeforeEach
    void requestsWaitForConfirmation() {
        settings = asAdmin().get("/api/v1/admin/clinic").then().statusCode(200).extract().as(Map.class);
        Map<String, Object> changed = new HashMap<>(settings);
        changed.put("email", CLINIC_ADDRESS);
        requireConfirmation(changed);
        asAdmin().body(changed).put("/api/v1/admin/clinic").then().statusCode(200);
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
    }

    /** Sets requiresConfirmation wherever the settings keep it (the booking policy). */
    private static void requireConfirmation(Map<String, Object> settings) {
        settings.replaceAll((key, value) -> {
            if (key.equals("requiresConfirmation")) {
                return true;
            }
            if (value instanceof Map<?, ?> nested) {
                Map<String, Object> copy = new HashMap<>((Map<String, Object>) nested);
                requireConfirmation(copy);
                return copy;
            }
            return value;
        });
    }

    @AfterEach
    void restoreClinic() {
        asAdmin().body(settings).put("/api/v1/admin/clinic").then().statusCode(200);
    }

    @Test
    void staffHearOfARequestThatWaitsAndTheSpanishPatientOfItsConfirmation() throws Exception {
        String patient = "lucia-" + System.nanoTime() + "@patients-mail.dev";
        OffsetDateTime start = Visits.at(9);
        String reference = book(patient, "es", start)[0];
        String when = when(start, "es");

        MimeMessage toClinic = awaitMail(CLINIC_ADDRESS, reference, "New appointment request " + reference);
        assertThat(part(toClinic, "text/plain")).contains("Status: Waiting for confirmation", "When: ", "Email: " + patient, "Reason: Stiff neck",
                "Confirm or decline it in the appointment queue.");
        assertThat(part(toClinic, "text/html")).contains(reference, patient);
        MimeMessage received = awaitMail(patient, reference, "Hemos recibido su solicitud: ");
        assertThat(received.getSubject()).endsWith(when);
        assertThat(part(received, "text/plain")).contains("La clínica la confirmará en breve", "Referencia: " + reference);

        staffMove(reference, Map.of("status", "CONFIRMED"));
        MimeMessage confirmed = awaitMail(patient, reference, "Su visita está confirmada: ");
        assertThat(confirmed.getSubject()).endsWith(when);
        assertThat(part(confirmed, "text/plain")).contains("Su visita está confirmada. Le esperamos.", when);
        assertThat(part(confirmed, "text/html")).contains("<html lang=\"es\">", when);
        assertThat(invitation(confirmed)).contains("METHOD:REQUEST", "STATUS:CONFIRMED", "DTSTART;TZID=America/New_York:" + stamp(start));
    }

    @Test
    void aDeclinedRequestTellsThePatientAndCancelsTheInvitation() throws Exception {
        String patient = "dan-" + System.nanoTime() + "@patients-mail.dev";
        OffsetDateTime start = Visits.at(11);
        String reference = book(patient, "en", start)[0];

        staffMove(reference, Map.of("status", "DECLINED", "reason", "Please book the new-patient exam first"));
        MimeMessage declined = awaitMail(patient, reference, "We could not confirm your request for ");
        assertThat(declined.getSubject()).isEqualTo("We could not confirm your request for " + when(start, "en"));
        assertThat(part(declined, "text/plain")).contains("Hello Test,", "the clinic could not confirm this visit", reference);
        assertThat(part(declined, "text/html")).contains("<html lang=\"en\">");
        assertThat(invitation(declined)).contains("METHOD:CANCEL", "STATUS:CANCELLED");
    }

    @Test
    void aMovedVisitTellsThePatientTheNewTimeWithAnUpdatedInvitation() throws Exception {
        String patient = "mo-" + System.nanoTime() + "@patients-mail.dev";
        String[] booked = book(patient, "en", Visits.at(13));
        staffMove(booked[0], Map.of("status", "CONFIRMED"));
        awaitMail(patient, booked[0], "Your visit is confirmed: ");

        OffsetDateTime moved = Visits.at(15);
        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body(Map.of("start", moved.toString()))
                .post("/api/v1/appointments/{ref}/reschedule", booked[0]).then().statusCode(200);
        MimeMessage rescheduled = awaitMail(patient, booked[0], "Your visit has moved: ");
        assertThat(rescheduled.getSubject()).endsWith(when(moved, "en"));
        assertThat(part(rescheduled, "text/plain")).contains("Your visit is now at the time below.", when(moved, "en"))
                .doesNotContain(when(Visits.at(13), "en"));
        String ics = invitation(rescheduled);
        assertThat(ics).contains("METHOD:REQUEST", "DTSTART;TZID=America/New_York:" + stamp(moved)).doesNotContain("SEQUENCE:0");
    }

    private String[] book(String email, String locale, OffsetDateTime start) {
        Map<String, Object> body = BookingFixtures.request(service, dr, start);
        ((Map<String, Object>) body.get("patient")).put("email", email);
        body.put("locale", locale);
        var created = BookingFixtures.post(body).statusCode(201).extract();
        return new String[] {created.path("reference"), created.path("manageToken")};
    }

    private static void staffMove(String reference, Map<String, String> change) {
        asAdmin().body(change).post("/api/v1/admin/appointments/" + reference + "/status-changes").then().statusCode(200);
    }

    private static String when(OffsetDateTime start, String locale) {
        return start.atZoneSameInstant(CLINIC_ZONE).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(Locale.forLanguageTag(locale))) + ", " + start.atZoneSameInstant(CLINIC_ZONE).toLocalTime() + " (America/New_York)";
    }

    private static String stamp(OffsetDateTime start) {
        return start.atZoneSameInstant(CLINIC_ZONE).toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
    }
}
