package io.clinicbook.integration.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** An integrator's subscription: where to send which events, signed with which secret. */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String url;
    /** Comma-separated wire names. */
    String eventTypes;
    /** Sealed by SecretBox, never returned. */
    String secret;
    String previousSecret;
    Instant previousSecretUntil;
    boolean active;
    boolean includeContactFields;
    String description;
    boolean failing;
    int consecutiveFailures;
    Instant createdAt;
    Instant updatedAt;

    static List<WebhookSubscription> active() {
        return list("active", true);
    }

    List<EventType> events() {
        return Arrays.stream(eventTypes.split(",")).map(EventType::parse).toList();
    }

    void setEvents(Collection<EventType> events) {
        eventTypes = events.stream().distinct().map(e -> e.wire).collect(Collectors.joining(","));
    }

    boolean wants(EventType type) {
        return ("," + eventTypes + ",").contains("," + type.wire + ",");
    }
}
