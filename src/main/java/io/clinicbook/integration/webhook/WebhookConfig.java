package io.clinicbook.integration.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhooks are sent and which targets they may go to. */
@ConfigMapping(prefix = "clinic.webhooks")
interface WebhookConfig {

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a receiver may take to answer; then the attempt counts as failed and is retried. */
    @WithDefault("10s")
    Duration readTimeout();

    /** After a secret rotation, how long the previous secret keeps signing too (both signatures are sent). */
    @WithDefault("24h")
    Duration rotationOverlap();

    /**
     * Private, loopback or link-local addresses (or CIDR ranges) that targets may nevertheless resolve to,
     * e.g. {@code 10.0.4.0/24} for a front-desk system on the clinic's network. Others are refused.
     */
    Optional<List<String>> allowedPrivateTargets();
}
