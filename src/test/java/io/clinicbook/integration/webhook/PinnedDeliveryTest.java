package io.clinicbook.integration.webhook;

import static io.clinicbook.Staff.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.clinicbook.integration.Visits;
import io.clinicbook.integration.outbound.RebindingResolver;
import io.clinicbook.integration.webhook.Subscriptions.Subscription;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook's host is resolved once per delivery and the connection goes to the address that was
 * checked, with the original name in Host: a name that answers a public address when the subscription
 * is made and a loopback one at delivery is refused, and the HTTP client never looks the name up itself.
 */
@QuarkusTest
class PinnedDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    Receiver receiver;
    Subscription subscription;
    String url;
    String host;
    String service;
    String dr;

    @BeforeEach
    void receiver() {
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
        receiver = Receiver.start();
    }

    @AfterEach
    void stop() {
        if (subscription != null) {
            RebindingResolver.answer(host, "127.0.0.1"); // the pause checks the url again
            Subscriptions.pause(subscription, url);
        }
        receiver.close();
    }

    @Test
    void theConnectionGoesToTheCheckedAddressWithTheNameInTheHostHeader() {
        host = "pinned-" + System.nanoTime() + ".rebind.test"; // no DNS server knows it: only the service's resolver
        RebindingResolver.answer(host, "127.0.0.1");
        int port = URI.create(receiver.url()).getPort();
        url = "http://" + host + ":" + port + "/hook";
        subscription = Subscriptions.subscribe(url, false, "appointment.requested");
        BookingFixtures.book(service, dr, Visits.at(9));

        await().atMost(PATIENCE).until(() -> !receiver.hits.isEmpty());
        receiver.hits.get(0).verify(subscription.secret());
        assertThat(receiver.hits.get(0).header("host")).isEqualTo(host + ":" + port);
    }

    @Test
    void aNameThatTurnsToLoopbackAfterTheSubscriptionIsRefusedAtDelivery() {
        host = "rebinding-" + System.nanoTime() + ".rebind.test";
        RebindingResolver.answer(host, "93.184.215.14", "127.0.0.2"); // public when subscribed, loopback (not allowed) later
        url = "http://" + host + ":" + URI.create(receiver.url()).getPort() + "/hook";
        subscription = Subscriptions.subscribe(url, false, "appointment.requested");
        BookingFixtures.book(service, dr, Visits.at(11));

        await().atMost(PATIENCE).until(() -> !attempts().isEmpty());
        Map<String, Object> attempt = attempts().get(0);
        assertThat(attempt.get("outcome")).isEqualTo("REFUSED");
        assertThat((String) attempt.get("error")).contains("loopback");
        assertThat(receiver.hits).isEmpty();
    }

    private List<Map<String, Object>> attempts() {
        Integer id = asStaff().get("/api/v1/admin/webhooks/" + subscription.id() + "/deliveries").then().extract().path("[0].id");
        return id == null ? List.of() : asStaff().get("/api/v1/admin/outbox/" + id).then().statusCode(200).extract().path("attempts");
    }
}
