package io.clinicbook.integration.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription, or one with a new secret: the only time the secret is shown. */
@Schema(name = "WebhookSubscriptionWithSecret")
record SubscriptionCreated(
        SubscriptionView subscription,
        @Schema(description = "The signing secret (Standard Webhooks). Shown only in this response: keep it.",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
