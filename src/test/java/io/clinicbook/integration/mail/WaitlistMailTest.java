package io.clinicbook.integration.mail;

import static io.clinicbook.booking.BookingFixtures.book;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.integration.mail.Inbox.awaitMail;
import static io.clinicbook.integration.mail.Inbox.part;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clinicbook.booking.WithAPractitioner;
import io.clinicbook.booking.waitlist.OfferTokens;
import io.clinicbook.booking.waitlist.WaitlistFixtures;
import io.clinicbook.integration.outbox.MessageStatus;
import io.clinicbook.integration.outbox.OutboxMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The email of a waitlist offer, as the patient receives it: in their language, with the link that answers the offer. */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class WaitlistMailTest extends WithAPractitioner {

    @Inject
    OfferTokens tokens;

    @Test
    void aCancellationSendsTheFirstWaitingPatientTheOfferWithItsLinkInTheFragment() throws Exception {
        String[] booked = book(service, dr, november(3, 10, 0));
        String patient = "ana-" + System.nanoTime() + "@patients-mail.dev";
        Map<String, Object> body = WaitlistFixtures.join(service, dr, "2026-11-03", "10:00", "10:00");
        ((Map<String, Object>) body.get("patient")).put("email", patient);
        ((Map<String, Object>) body.get("patient")).put("firstName", "Ana");
        body.put("locale", "es");
        String entry = WaitlistFixtures.joined(body)[0];

        // no sweep called here: the one the cancellation starts once committed (or the scheduled one) makes the offer
        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then().statusCode(200);

        MimeMessage offer = awaitMail(patient, entry, "Se ha liberado una hora que esperaba: ");
        String token = tokens.of(entry);
        String text = part(offer, "text/plain");
        assertThat(text).contains("Hola, Ana:", "Referencia: " + entry, "martes, 3 de noviembre de 2026, 10:00 (America/New_York)",
                "hasta lunes, 2 de noviembre de 2026, 07:30 (America/New_York)", "/waitlist#offer=" + token);
        assertThat(part(offer, "text/html")).contains("<html lang=\"es\">", "href=\"", "/waitlist#offer=" + token);

        // The token existed only sealed in the outbox row, and is wiped once the email has gone.
        await().atMost(Inbox.PATIENCE).until(() -> sent(entry).status == MessageStatus.DELIVERED);
        assertThat(sent(entry).sealedToken).isNull();
        assertThat(sent(entry).appointmentId).isNull();

        WaitlistFixtures.accept(token).statusCode(201);
    }

    private static OutboxMessage sent(String entry) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("orderingKey", "mail-waitlist:" + entry).singleResult());
    }
}
