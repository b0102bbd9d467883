package io.clinicbook.integration.webhook;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Managing subscriptions: where webhooks may go, who may manage them, what is never shown. */
@QuarkusTest
class WebhookSubscriptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/hook", "https://192.168.1.20/hook", "http://169.254.169.254/latest/meta-data",
            "http://[::1]:8080/hook", "http://[fd12:3456::1]/hook", "http://0.0.0.0/hook", "http://100.64.0.7/hook"})
    void aTargetOnAnInternalAddressIsRefusedNamingTheUrl(String url) {
        asAdmin().body(Map.of("url", url, "eventTypes", List.of("appointment.requested")))
                .post("/api/v1/admin/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("url"))
                .body("detail", containsString("private, loopback or link-local"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/hook", "/relative/hook", "https://user:pw@127.0.0.1/hook", "not a url"})
    void aUrlThatIsNotAnAbsoluteHttpUrlIsRefused(String url) {
        asAdmin().body(Map.of("url", url, "eventTypes", List.of("appointment.requested")))
                .post("/api/v1/admin/webhooks").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("url"));
    }

    @Test
    void anUnknownEventTypeIsRefusedNamingIt() {
        asAdmin().body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("appointment.exploded")))
                .post("/api/v1/admin/webhooks").then().statusCode(400)
                .body("violations[0].field", equalTo("eventTypes"))
                .body("detail", containsString("appointment.no_show"));
    }

    @Test
    void theSecretIsShownAtCreationOnlyAndStoredEncrypted() {
        var created = asAdmin().body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("appointment.requested", "appointment.confirmed"),
                        "active", false, "description", "CRM"))
                .post("/api/v1/admin/webhooks").then().statusCode(201)
                .header("Location", containsString("/api/v1/admin/webhooks/"))
                .body("secret", startsWith("whsec_"))
                .body("subscription.includeContactFields", equalTo(false))
                .body("subscription.failing", equalTo(false))
                .extract();
        int id = created.path("subscription.id");
        String secret = created.path("secret");

        asStaff().get("/api/v1/admin/webhooks/" + id).then().statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("eventTypes", equalTo(List.of("appointment.requested", "appointment.confirmed")))
                .body("description", equalTo("CRM"));
        asStaff().get("/api/v1/admin/webhooks").then().statusCode(200).body(not(containsString(secret.substring(6))));
        String stored = WebhookSubscription.<WebhookSubscription>findById((long) id).secret;
        org.assertj.core.api.Assertions.assertThat(stored).doesNotContain(secret.substring(6)).isNotBlank();
    }

    @Test
    void staffReadSubscriptionsButOnlyAdminsMakeThem() {
        asStaff().body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("appointment.requested")))
                .post("/api/v1/admin/webhooks").then().statusCode(403);
        asStaff().get("/api/v1/admin/webhooks").then().statusCode(200);
        io.restassured.RestAssured.given().get("/api/v1/admin/webhooks").then().statusCode(401);
    }

    @Test
    void anUnknownSubscriptionIs404() {
        asStaff().get("/api/v1/admin/webhooks/987654").then().statusCode(404).contentType("application/problem+json");
        asStaff().get("/api/v1/admin/outbox/987654").then().statusCode(404).contentType("application/problem+json");
    }
}
