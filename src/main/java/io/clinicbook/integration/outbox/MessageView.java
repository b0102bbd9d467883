package io.clinicbook.integration.outbox;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message in the outbox as staff see it: what, for whom, how far it got. Never its body or secrets. */
@Schema(name = "OutboxMessage")
public record MessageView(
        @Schema(examples = "42") long id,
        @Schema(description = "The webhook-id header; the same on every attempt", examples = "msg_2f0c9a6e4b7d4c1e8a3b5d6f7a8b9c0d") String messageId,
        @Schema(examples = "WEBHOOK") Channel channel,
        @Schema(description = "Webhook event type, or the kind of email", examples = "appointment.confirmed") String eventType,
        @Schema(examples = "K7Q4M2XP") String appointment,
        @Schema(description = "The webhook subscription, for webhooks", examples = "3") Long subscriptionId,
        @Schema(description = "PENDING (email waits here while no SMTP server is configured), DELIVERED, FAILED (given up) or SKIPPED",
                examples = "PENDING") MessageStatus status,
        @Schema(examples = "2") int attempts,
        @Schema(description = "When it is tried next, while pending", examples = "2026-11-02T14:05:00Z") Instant nextAttemptAt,
        @Schema(examples = "2026-11-02T14:00:00Z") Instant createdAt,
        @Schema(examples = "2026-11-02T14:00:01Z") Instant deliveredAt,
        @Schema(description = "What went wrong last, if anything", examples = "The receiver answered 500") String lastError) {

    static MessageView of(OutboxMessage m) {
        return new MessageView(m.id, m.messageId, m.channel, m.eventType, m.appointmentReference, m.subscriptionId, m.status,
                m.attempts, m.status == MessageStatus.PENDING ? m.nextAttemptAt : null, m.createdAt, m.deliveredAt, m.lastError);
    }
}
