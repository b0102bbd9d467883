package io.clinicbook.integration.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as staff read it. The secret is never shown again after creation or rotation. */
@Schema(name = "WebhookSubscription")
record SubscriptionView(
        @Schema(examples = "3") long id,
        @Schema(examples = "https://crm.example.com/hooks/clinic") String url,
        @Schema(examples = "[\"appointment.requested\",\"appointment.cancelled\"]") List<String> eventTypes,
        @Schema(examples = "true") boolean active,
        @Schema(examples = "false") boolean includeContactFields,
        @Schema(examples = "Front-desk CRM") String description,
        @Schema(description = "True after several failed attempts in a row; deliveries keep being retried. Cleared by the next success.",
                examples = "false") boolean failing,
        @Schema(examples = "0") int consecutiveFailures,
        @Schema(description = "Until when the previous secret signs too, after a rotation", examples = "2026-11-03T14:00:00Z")
        Instant previousSecretValidUntil,
        @Schema(examples = "2026-11-02T14:00:00Z") Instant createdAt) {

    static SubscriptionView of(WebhookSubscription s, Instant now) {
        Instant previousUntil = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(now) ? s.previousSecretUntil : null;
        return new SubscriptionView(s.id, s.url, s.events().stream().map(e -> e.wire).toList(), s.active, s.includeContactFields,
                s.description, s.failing, s.consecutiveFailures, previousUntil, s.createdAt);
    }
}
