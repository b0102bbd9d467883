package io.clinicbook.integration.webhook;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.integration.Visits;
import io.clinicbook.integration.webhook.Receiver.Hit;
import io.clinicbook.integration.webhook.Receiver.Reply;
import io.clinicbook.integration.webhook.Subscriptions.Subscription;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks received by a real HTTP server, every signature checked by the Standard Webhooks library.
 * These tests run on the real clock: receivers check webhook-timestamp against theirs.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    Receiver receiver;
    Subscription subscription;
    String service;
    String dr;

    @BeforeEach
    void practitionerAndReceiver() {
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
        receiver = Receiver.start();
    }

    @AfterEach
    void stop() {
        if (subscription != null) {
            Subscriptions.pause(subscription, receiver.url());
        }
        receiver.close();
    }

    @Test
    void eachChangeArrivesOnceSignedInOrderWithoutPatientData() {
        subscription = Subscriptions.subscribe(receiver.url(), false, "appointment.requested", "appointment.cancelled");
        String reference = book(10);
        asAdmin().body(Map.of("status", "CANCELLED", "reason", "Patient phoned")).post("/api/v1/admin/appointments/" + reference + "/status-changes")
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> receiver.hits.size() >= 2);
        List<Hit> hits = receiver.hits;
        hits.forEach(hit -> hit.verify(subscription.secret()));
        assertThat(hits).extracting(hit -> JsonPath.from(hit.body()).getString("type"))
                .containsExactly("appointment.requested", "appointment.cancelled");
        JsonPath cancelled = JsonPath.from(hits.get(1).body());
        assertThat(cancelled.getString("data.appointment.reference")).isEqualTo(reference);
        assertThat(cancelled.getString("data.appointment.status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getInt("data.schemaVersion")).isEqualTo(1);
        assertThat(OffsetDateTime.parse(cancelled.getString("data.appointment.start"))).isEqualTo(Visits.at(10));
        assertThat(hits).allSatisfy(hit -> assertThat(hit.body()).doesNotContain("people", "firstName", "@example.org"));
        assertThat(hits.get(0).header("webhook-id")).isNotEqualTo(hits.get(1).header("webhook-id"));
    }

    @Test
    void aBookingConfirmedAtOnceSendsRequestedThenConfirmedBothWithStatusConfirmed() {
        subscription = Subscriptions.subscribe(receiver.url(), false, "appointment.requested", "appointment.confirmed");
        String reference = book(16);

        await().atMost(PATIENCE).until(() -> receiver.hits.size() >= 2);
        List<JsonPath> events = receiver.hits.stream().map(hit -> JsonPath.from(hit.body())).toList();
        assertThat(events).extracting(e -> e.getString("type")).containsExactly("appointment.requested", "appointment.confirmed");
        assertThat(events).extracting(e -> e.getString("data.appointment.status")).containsOnly("CONFIRMED");
        assertThat(events).extracting(e -> e.getString("data.appointment.reference")).containsOnly(reference);
    }

    @Test
    void contactFieldsAreSentOnlyWhenTheSubscriptionAsks() {
        subscription = Subscriptions.subscribe(receiver.url(), true, "appointment.requested");
        book(11);

        await().atMost(PATIENCE).until(() -> receiver.hits.size() >= 1);
        JsonPath body = JsonPath.from(receiver.hits.get(0).body());
        assertThat(body.getString("data.people.patient.firstName")).isEqualTo("Test");
        assertThat(body.getString("data.people.patient.email")).endsWith("@example.org");
        assertThat(receiver.hits.get(0).body()).doesNotContain("dateOfBirth");
    }

    @Test
    void aReceiverAnswering500GetsTheSameMessageAgainAndTheLogShowsBothAttempts() {
        receiver.firstAnswer(Reply.status(500));
        subscription = Subscriptions.subscribe(receiver.url(), false, "appointment.requested");
        book(12);

        await().atMost(PATIENCE).until(() -> receiver.hits.size() >= 2);
        receiver.hits.forEach(hit -> hit.verify(subscription.secret()));
        assertThat(receiver.hits.get(1).header("webhook-id")).isEqualTo(receiver.hits.get(0).header("webhook-id"));
        assertThat(receiver.hits.get(1).body()).isEqualTo(receiver.hits.get(0).body());

        long message = awaitMessage("DELIVERED");
        String log = asStaff().get("/api/v1/admin/outbox/" + message).then().statusCode(200)
                .body("message.status", equalTo("DELIVERED"))
                .body("attempts", hasSize(2))
                .body("attempts[0].outcome", equalTo("FAILED"))
                .body("attempts[0].responseCode", equalTo(500))
                .body("attempts[0].error", equalTo("The receiver answered 500"))
                .body("attempts[1].outcome", equalTo("DELIVERED"))
                .body("attempts[1].responseCode", equalTo(204))
                .extract().asString();
        assertThat(log).doesNotContain(subscription.secret(), subscription.secret().substring(6));
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeGetsItAgain() {
        receiver.firstAnswer(Reply.slow(Duration.ofSeconds(6)));
        subscription = Subscriptions.subscribe(receiver.url(), false, "appointment.requested");
        book(13);

        long message = awaitMessage("DELIVERED");
        asStaff().get("/api/v1/admin/outbox/" + message).then().statusCode(200)
                .body("attempts", hasSize(2))
                .body("attempts[0].outcome", equalTo("FAILED"))
                .body("attempts[0].error", equalTo("No answer within 3000 ms"))
                .body("attempts[1].outcome", equalTo("DELIVERED"));
        receiver.hits.forEach(hit -> hit.verify(subscription.secret()));
    }

    @Test
    void aSubscriptionThatKeepsFailingIsShownFailingItsMessageGivenUpAndRedeliverable() {
        receiver.thenAlways(Reply.status(503));
        subscription = Subscriptions.subscribe(receiver.url(), false, "appointment.requested");
        book(14);

        long message = awaitMessage("FAILED");
        asStaff().get("/api/v1/admin/outbox/" + message).then().body("attempts", hasSize(4)).body("message.lastError", equalTo("The receiver answered 503"));
        asStaff().get("/api/v1/admin/webhooks/" + subscription.id()).then().body("failing", equalTo(true)).body("consecutiveFailures", equalTo(4));

        receiver.thenAlways(Reply.status(200));
        asStaff().post("/api/v1/admin/outbox/" + message + "/redelivery").then().statusCode(202).body("status", equalTo("PENDING"));
        awaitMessage("DELIVERED");
        asStaff().get("/api/v1/admin/outbox/" + message).then().body("attempts", hasSize(5)).body("attempts[4].attempt", equalTo(5));
        asStaff().get("/api/v1/admin/webhooks/" + subscription.id()).then().body("failing", equalTo(false));
    }

    @Test
    void duringARotationBothSecretsSign() {
        subscription = Subscriptions.subscribe(receiver.url(), false, "appointment.requested");
        String oldSecret = subscription.secret();
        String newSecret = asAdmin().post("/api/v1/admin/webhooks/" + subscription.id() + "/secret-rotations").then().statusCode(200)
                .extract().path("secret");
        book(15);

        await().atMost(PATIENCE).until(() -> receiver.hits.size() >= 1);
        Hit hit = receiver.hits.get(0);
        assertThat(hit.header("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        hit.verify(newSecret);
        hit.verify(oldSecret);
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
    }

    private String book(int hour) {
        return BookingFixtures.book(service, dr, Visits.at(hour))[0];
    }

    /** The id of the subscription's only message, once it has this status. */
    private long awaitMessage(String status) {
        await().atMost(PATIENCE).until(() -> status.equals(asStaff().get("/api/v1/admin/webhooks/" + subscription.id() + "/deliveries")
                .then().extract().path("[0].status")));
        return asStaff().get("/api/v1/admin/webhooks/" + subscription.id() + "/deliveries").then().body("", hasSize(1))
                .extract().<Integer>path("[0].id");
    }
}
