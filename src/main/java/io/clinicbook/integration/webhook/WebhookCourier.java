package io.clinicbook.integration.webhook;

import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.Courier;
import io.clinicbook.integration.outbox.Delivery;
import io.clinicbook.integration.outbox.OutboxConfig;
import io.clinicbook.integration.outbox.OutboxMessage;
import io.clinicbook.integration.outbound.PinnedHttp;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * POSTs webhook messages, signed per Standard Webhooks, to the address the guard checked ({@link PinnedHttp}).
 * Redirects are not followed (they could lead inside the network); any 2xx is success, anything else or
 * no answer within the timeouts is retried.
 */
@ApplicationScoped
class WebhookCourier implements Courier {

    /** A receiver's answer is not read past this. */
    private static final int ANSWER_KEPT = 4096;

    private final PinnedHttp http;
    private final PinnedHttp.Timeouts timeouts;
    private final WebhookConfig config;
    private final WebhookSubscriptions subscriptions;
    private final TargetGuard guard;
    private final OutboxConfig outbox;
    private final Clock clock;

    @Inject
    WebhookCourier(WebhookConfig config, WebhookSubscriptions subscriptions, TargetGuard guard, OutboxConfig outbox, Clock clock,
            PinnedHttp http) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
        this.http = http;
        this.timeouts = new PinnedHttp.Timeouts(config.connectTimeout(), config.readTimeout());
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Duration longestAttempt() {
        return config.connectTimeout().plus(config.readTimeout());
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        Optional<WebhookSubscriptions.Target> found = subscriptions.target(message.subscriptionId);
        if (found.isEmpty()) {
            return Delivery.skipped("The subscription no longer exists");
        }
        WebhookSubscriptions.Target target = found.get();
        TargetGuard.Verdict verdict = guard.check(target.url());
        if (verdict.refusal() != null) {
            return Delivery.refused(verdict.refusal());
        }
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "clinic-booking-webhooks/1");
        headers.put("webhook-id", message.messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", Signatures.header(message.messageId, timestamp, message.payload, target.secrets()));
        try {
            int status = http.send(HttpMethod.POST, target.url(), verdict.address(), headers, message.payload, timeouts, ANSWER_KEPT).status();
            return status / 100 == 2 ? Delivery.delivered(status) : Delivery.failed(status, "The receiver answered " + status);
        } catch (PinnedHttp.NoAnswer e) {
            return Delivery.failed(null, e.getMessage());
        }
    }

    /** A success clears the subscription's failing mark; failures in a row set it. */
    @Override
    public void recorded(OutboxMessage message, Delivery delivery) {
        WebhookSubscription subscription = WebhookSubscription.findById(message.subscriptionId);
        if (subscription == null || delivery.outcome() == Delivery.Outcome.SKIPPED) {
            return;
        }
        if (delivery.outcome() == Delivery.Outcome.DELIVERED) {
            subscription.consecutiveFailures = 0;
            subscription.failing = false;
        } else {
            subscription.consecutiveFailures++;
            subscription.failing = subscription.consecutiveFailures >= outbox.retry().failingAfter();
        }
    }
}
