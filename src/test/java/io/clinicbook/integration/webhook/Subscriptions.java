package io.clinicbook.integration.webhook;

import static io.clinicbook.Staff.asAdmin;

import java.util.List;
import java.util.Map;

/** Webhook subscriptions made through the admin API, as tests need them. */
final class Subscriptions {

    record Subscription(long id, String secret) {
    }

    private Subscriptions() {
    }

    static Subscription subscribe(String url, boolean includeContactFields, String... eventTypes) {
        var created = asAdmin().body(Map.of("url", url, "eventTypes", List.of(eventTypes), "includeContactFields", includeContactFields))
                .post("/api/v1/admin/webhooks").then().statusCode(201).extract();
        return new Subscription(created.<Integer>path("subscription.id"), created.path("secret"));
    }

    /** Pauses it, so that later tests' bookings send it nothing. */
    static void pause(Subscription subscription, String url) {
        asAdmin().body(Map.of("url", url, "eventTypes", List.of("appointment.requested"), "active", false))
                .put("/api/v1/admin/webhooks/" + subscription.id()).then().statusCode(200);
    }
}
