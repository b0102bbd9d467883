package io.clinicbook.integration.webhook;

import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.Courier;
import io.clinicbook.integration.outbox.Delivery;
import io.clinicbook.integration.outbox.OutboxConfig;
import io.clinicbook.integration.outbox.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * POSTs webhook messages, signed per Standard Webhooks. Redirects are not followed (they could lead
 * inside the network); any 2xx is success, anything else or no answer within the timeouts is retried.
 */
@ApplicationScoped
class WebhookCourier implements Courier {

    private final HttpClient http;
    private final WebhookConfig config;
    private final WebhookSubscriptions subscriptions;
    private final TargetGuard guard;
    private final OutboxConfig outbox;
    private final Clock clock;

    @Inject
    WebhookCourier(WebhookConfig config, WebhookSubscriptions subscriptions, TargetGuard guard, OutboxConfig outbox, Clock clock) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
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
        Optional<String> refusal = guard.refusal(target.url());
        if (refusal.isPresent()) {
            return Delivery.refused(refusal.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target.url()).timeout(config.readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "clinic-booking-webhooks/1")
                .header("webhook-id", message.messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signatures.header(message.messageId, timestamp, message.payload, target.secrets()))
                .POST(HttpRequest.BodyPublishers.ofString(message.payload)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Delivery.delivered(status) : Delivery.failed(status, "The receiver answered " + status);
        } catch (HttpConnectTimeoutException e) {
            return Delivery.failed(null, "No connection within " + config.connectTimeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return Delivery.failed(null, "No answer within " + config.readTimeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return Delivery.failed(null, "The connection was refused");
        } catch (IOException e) {
            return Delivery.failed(null, "Network error: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed(null, "Interrupted while the service stopped");
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
