package io.clinicbook.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.integration.Visits;
import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.MessageStatus;
import io.clinicbook.integration.outbox.OutboxMessage;
import io.clinicbook.integration.webhook.Subscriptions.Subscription;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An SMTP server that accepts and stays silent holds up no webhook; its mails are retried later. */
@QuarkusTest
@TestProfile(SilentSmtp.class)
class SlowMailServerTest {

    Receiver receiver = Receiver.start();
    Subscription subscription;

    @AfterEach
    void stop() {
        if (subscription != null) {
            Subscriptions.pause(subscription, receiver.url());
        }
        receiver.close();
    }

    @Test
    void webhooksArriveWithinSecondsWhileTheMailServerHangs() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        subscription = Subscriptions.subscribe(receiver.url(), false, "appointment.requested");

        // Each booking enqueues a mail to its patient (and one to the clinic), all to the silent server.
        String first = book(service, dr, 9, "hung-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> references().contains(first));
        await().atMost(Duration.ofSeconds(5)).until(() -> mailsOf(first).stream().anyMatch(m -> m.claimedBy != null || m.attempts > 0));

        for (int i = 0; i < 3; i++) {
            String next = book(service, dr, 10 + i, "hung-" + (i + 2));
            await().atMost(Duration.ofSeconds(5)).until(() -> references().contains(next));
        }
        // The mails are not lost: they failed against the silent server and wait for their retry.
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsOf(first).stream().anyMatch(m -> m.attempts > 0));
        assertThat(mailsOf(first)).allSatisfy(mail -> assertThat(mail.status).isEqualTo(MessageStatus.PENDING));
        assertThat(mailsOf(first)).filteredOn(m -> m.attempts > 0).allSatisfy(mail -> assertThat(mail.lastError).contains("SMTP"));
    }

    private static String book(String service, String dr, int hour, String who) {
        Map<String, Object> body = BookingFixtures.request(service, dr, Visits.at(hour));
        ((Map<String, Object>) body.get("patient")).put("email", who + "-" + System.nanoTime() + "@patients-mail.dev");
        return BookingFixtures.post(body).statusCode(201).extract().path("reference");
    }

    private List<String> references() {
        return receiver.hits.stream().map(hit -> JsonPath.from(hit.body()).getString("data.appointment.reference")).toList();
    }

    private static List<OutboxMessage> mailsOf(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("appointmentReference = ?1 and channel = ?2",
                reference, Channel.EMAIL));
    }
}
