package io.clinicbook.integration.webhook;

import io.clinicbook.integration.outbox.Outbox;
import io.clinicbook.integration.outbox.SecretBox;
import io.clinicbook.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Staff's webhook subscriptions: create, change, rotate the secret; and what a delivery needs of one. */
@ApplicationScoped
@Transactional
class WebhookSubscriptions {

    @Inject
    Clock clock;
    @Inject
    TargetGuard guard;
    @Inject
    SecretBox secrets;
    @Inject
    Outbox outbox;
    @Inject
    WebhookConfig config;

    /** Where and how to deliver: the URL and the secrets that sign (the previous one too, during a rotation). */
    record Target(URI url, List<String> secrets) {
    }

    public SubscriptionCreated create(SubscriptionRequest request) {
        Instant now = clock.instant();
        WebhookSubscription subscription = new WebhookSubscription();
        apply(subscription, request);
        String secret = Signatures.newSecret();
        subscription.secret = secrets.seal(secret);
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.persist();
        return new SubscriptionCreated(SubscriptionView.of(subscription, now), secret);
    }

    @Transactional(TxType.SUPPORTS)
    public List<SubscriptionView> list() {
        Instant now = clock.instant();
        return WebhookSubscription.<WebhookSubscription>listAll().stream()
                .sorted((a, b) -> Long.compare(a.id, b.id)).map(s -> SubscriptionView.of(s, now)).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public SubscriptionView get(long id) {
        return SubscriptionView.of(find(id), clock.instant());
    }

    public SubscriptionView update(long id, SubscriptionRequest request) {
        WebhookSubscription subscription = find(id);
        boolean pausing = subscription.active && !request.activeOrDefault();
        apply(subscription, request);
        subscription.updatedAt = clock.instant();
        if (pausing) {
            outbox.skipPendingOf(id, "The subscription was paused");
        }
        return SubscriptionView.of(subscription, subscription.updatedAt);
    }

    /** A new secret; the old one keeps signing for the rotation overlap, so receivers can switch without losing events. */
    public SubscriptionCreated rotateSecret(long id) {
        WebhookSubscription subscription = find(id);
        Instant now = clock.instant();
        String secret = Signatures.newSecret();
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = now.plus(config.rotationOverlap());
        subscription.secret = secrets.seal(secret);
        subscription.updatedAt = now;
        return new SubscriptionCreated(SubscriptionView.of(subscription, now), secret);
    }

    Optional<Target> target(long id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            return Optional.empty();
        }
        List<String> signing = new ArrayList<>(List.of(secrets.open(subscription.secret)));
        if (subscription.previousSecret != null && subscription.previousSecretUntil.isAfter(clock.instant())) {
            signing.add(secrets.open(subscription.previousSecret));
        }
        return Optional.of(new Target(URI.create(subscription.url), signing));
    }

    private void apply(WebhookSubscription subscription, SubscriptionRequest request) {
        subscription.url = guard.checkNew(request.url()).toString();
        subscription.setEvents(request.eventTypes().stream().map(String::trim).map(EventType::parse).toList());
        subscription.active = request.activeOrDefault();
        subscription.includeContactFields = request.includeContactFieldsOrDefault();
        subscription.description = request.description() == null || request.description().isBlank() ? null : request.description().trim();
    }

    private static WebhookSubscription find(long id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            throw new NotFound("There is no webhook subscription " + id + ".");
        }
        return subscription;
    }
}
