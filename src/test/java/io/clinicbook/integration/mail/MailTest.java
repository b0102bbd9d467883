package io.clinicbook.integration.mail;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.integration.mail.Inbox.PATIENCE;
import static io.clinicbook.integration.mail.Inbox.invitation;
import static io.clinicbook.integration.mail.Inbox.part;
import static io.clinicbook.integration.mail.Inbox.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clinicbook.TestClock;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.integration.IcalJs;
import io.clinicbook.integration.Visits;
import io.clinicbook.integration.outbox.OutboxMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Emails received by a real SMTP server: recipient, subject, language, times, escaping, reminders. */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class MailTest {

    private static final String CLINIC_ADDRESS = "frontdesk@clinic-mail.dev";
    /**
     * How long a mail may take to arrive. The dispatcher works through every pending message of the suite's
     * database in order; on PostgreSQL, after the whole suite, a reminder once took longer than 20 s.
     */

    @Inject
    Reminders reminders;
    @Inject
    TestClock clock;

    String service;
    String dr;
    Map<String, Object> settings;

    @BeforeEach
    void clinicWithARealAddress() {
        settings = asAdmin().get("/api/v1/admin/clinic").then().statusCode(200).extract().as(Map.class);
        Map<String, Object> changed = new java.util.HashMap<>(settings);
        changed.put("email", CLINIC_ADDRESS);
        asAdmin().body(changed).put("/api/v1/admin/clinic").then().statusCode(200);
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
    }

    @AfterEach
    void restoreClinic() {
        asAdmin().body(settings).put("/api/v1/admin/clinic").then().statusCode(200);
    }

    @Test
    void aSpanishPatientAndTheClinicHearOfARequestAndThePatientOfItsCancellation() throws Exception {
        String patient = "ana-" + System.nanoTime() + "@patients-mail.dev";
        OffsetDateTime start = Visits.at(10);
        Map<String, Object> body = BookingFixtures.request(service, dr, start);
        ((Map<String, Object>) body.get("patient")).put("email", patient);
        body.put("locale", "es");
        body.put("reason", "Dolor <script>alert(1)</script> & rigidez");
        var created = BookingFixtures.post(body).statusCode(201).extract();
        String reference = created.path("reference");
        String expectedWhen = start.atZoneSameInstant(java.time.ZoneId.of("America/New_York"))
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.forLanguageTag("es"))) + ", 10:00 (America/New_York)";

        MimeMessage toPatient = awaitMail(patient, reference);
        assertThat(toPatient.getSubject()).matches("(Su visita está confirmada|Hemos recibido su solicitud): .*" + expectedWhen.replace("(", "\\(").replace(")", "\\)"));
        String text = part(toPatient, "text/plain");
        assertThat(text).contains("Hola, Test:", "Referencia: " + reference, expectedWhen, "https://booking.clinic-mail.dev/manage#reference=" + reference)
                .doesNotContain(created.<String>path("manageToken"));
        assertThat(part(toPatient, "text/html")).contains("<html lang=\"es\">", expectedWhen);
        assertThat(invitation(toPatient)).contains("METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART;TZID=America/New_York:"
                + start.toLocalDate().toString().replace("-", "") + "T100000");

        MimeMessage toClinic = awaitMail(CLINIC_ADDRESS, reference);
        assertThat(toClinic.getSubject()).startsWith("New appointment request " + reference);
        assertThat(part(toClinic, "text/plain")).contains("Reason: Dolor <script>alert(1)</script> & rigidez", patient);
        assertThat(part(toClinic, "text/html")).contains("Dolor &lt;script&gt;alert(1)&lt;/script&gt; &amp; rigidez").doesNotContain("<script>");

        asAdmin().body(Map.of("status", "CANCELLED", "reason", "Llamó")).post("/api/v1/admin/appointments/" + reference + "/status-changes")
                .then().statusCode(200);
        // (The week-ahead visit also gets its reminder in this profile.)
        await().atMost(PATIENCE).until(() -> mails(patient, reference).stream().anyMatch(m -> subject(m).equals("Su visita está cancelada: " + expectedWhen)));
        MimeMessage cancelled = mails(patient, reference).stream().filter(m -> subject(m).startsWith("Su visita está cancelada")).findFirst().orElseThrow();
        assertThat(invitation(cancelled)).contains("METHOD:CANCEL", "STATUS:CANCELLED");
    }

    @Test
    void aPatientInAnotherZoneReadsTheirTimeBesideTheClinics() throws Exception {
        String patient = "kenji-" + System.nanoTime() + "@patients-mail.dev";
        OffsetDateTime start = Visits.at(11);
        Map<String, Object> body = BookingFixtures.request(service, dr, start);
        ((Map<String, Object>) body.get("patient")).put("email", patient);
        body.put("patientTimeZone", "Asia/Tokyo");
        String reference = BookingFixtures.post(body).statusCode(201).extract().path("reference");
        java.time.ZonedDateTime tokyo = start.atZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo"));
        String clinicWhen = start.atZoneSameInstant(java.time.ZoneId.of("America/New_York"))
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.ENGLISH)) + ", 11:00 (America/New_York)";
        String patientWhen = tokyo.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.ENGLISH))
                + ", " + tokyo.format(DateTimeFormatter.ofPattern("HH:mm")) + " (Asia/Tokyo)";

        MimeMessage toPatient = awaitMail(patient, reference);
        String text = part(toPatient, "text/plain");
        assertThat(text).contains("When: " + clinicWhen, "Your time: " + patientWhen);
        assertThat(part(toPatient, "text/html")).contains(clinicWhen, patientWhen);
        MimeMessage toClinic = awaitMail(CLINIC_ADDRESS, reference);
        assertThat(part(toClinic, "text/plain")).contains(clinicWhen).doesNotContain("Asia/Tokyo");
    }

    @Test
    void aPatientInTheClinicsZoneReadsOneTime() throws Exception {
        String patient = "lena-" + System.nanoTime() + "@patients-mail.dev";
        Map<String, Object> body = BookingFixtures.request(service, dr, Visits.at(12));
        ((Map<String, Object>) body.get("patient")).put("email", patient);
        body.put("locale", "es");
        body.put("patientTimeZone", "America/New_York");
        String reference = BookingFixtures.post(body).statusCode(201).extract().path("reference");
        String text = part(awaitMail(patient, reference), "text/plain");
        assertThat(text).contains("Cuándo: ").doesNotContain("Su hora");
    }

    @Test
    void aConfirmedVisitGetsOneReminderHoweverManyCheckRunAtOnce() throws Exception {
        String patient = "sam-" + System.nanoTime() + "@patients-mail.dev";
        Map<String, Object> body = BookingFixtures.request(service, dr, Visits.at(15));
        ((Map<String, Object>) body.get("patient")).put("email", patient);
        String reference = BookingFixtures.post(body).statusCode(201).extract().path("reference");
        String status = asAdmin().get("/api/v1/admin/appointments/" + reference).then().extract().path("status");
        if (!"CONFIRMED".equals(status)) {
            asAdmin().body(Map.of("status", "CONFIRMED")).post("/api/v1/admin/appointments/" + reference + "/status-changes").then().statusCode(200);
        }

        int checkers = 4;
        CyclicBarrier together = new CyclicBarrier(checkers);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < checkers; i++) {
            running.add(CompletableFuture.runAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                reminders.check();
            }));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();

        assertThat(reminderRows(reference)).as("reminders recorded once the checks have run").isEqualTo(1);
        try {
            await().atMost(PATIENCE).until(() -> mails(patient, reference).stream().anyMatch(m -> subject(m).startsWith("Reminder: ")));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No reminder arrived; the appointment's outbox: " + outboxOf(reference), e);
        }
        assertThat(mails(patient, reference)).filteredOn(m -> subject(m).startsWith("Reminder: ")).hasSize(1);
    }

    /** RFC 5545 reads a TZID time in the repeated hour of a fall-back day as its first occurrence, ical.js as its second. */
    @Test
    void anInvitationAtTheSecondOneThirtyOfAFallBackDayKeepsItsInstant() throws Exception {
        clock.setInstant(Instant.parse("2026-10-26T12:00:00Z"));
        try {
            String night = AvailabilityFixtures.practitionerWorking(service, "00:00", "04:00");
            String patient = "lee-" + System.nanoTime() + "@patients-mail.dev";
            Map<String, Object> body = BookingFixtures.request(service, night, OffsetDateTime.parse("2026-11-01T01:30:00-05:00"));
            ((Map<String, Object>) body.get("patient")).put("email", patient);
            String reference = BookingFixtures.post(body).statusCode(201).extract().path("reference");

            IcalJs.Event event = IcalJs.event(invitation(awaitMail(patient, reference)), reference + "@appointments.clinicbook.io");

            assertThat(event.start()).as("DTSTART as RFC 5545 reads it").isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
            assertThat(event.end()).as("DTEND as RFC 5545 reads it").isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
            assertThat(event.icalJsStart()).as("DTSTART as ical.js reads it").isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        } finally {
            clock.reset();
        }
    }

    /** What the dispatcher saw of the appointment's messages, for a failure to explain itself. */
    static List<String> outboxOf(String reference) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "appointmentReference = ?1 order by id", reference).stream()
                .map(m -> m.id + " " + m.channel + " " + m.eventType + " " + m.status + " attempts " + m.attempts + " next " + m.nextAttemptAt
                        + " claimed " + m.claimedBy + " until " + m.claimedUntil + " error " + m.lastError)
                .toList());
    }

    long reminderRows(String reference) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.count("appointmentReference = ?1 and eventType = 'patient.reminder'", reference));
    }

    private static MimeMessage awaitMail(String to, String reference) {
        return Inbox.awaitMail(to, reference, "");
    }

    private static List<MimeMessage> mails(String to, String reference) {
        return Inbox.mails(to, reference, "");
    }
}
