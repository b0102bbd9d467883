package io.clinicbook.integration.outbox;

/**
 * A message to add to the outbox.
 *
 * @param orderingKey  messages with the same key are delivered one after the other, in the order written
 * @param payload      the webhook body; null for an email
 * @param sealedToken  the manage token sealed by {@link SecretBox}, or null
 */
public record NewMessage(Channel channel, String orderingKey, String eventType, long appointmentId,
                         String appointmentReference, Long subscriptionId, String payload, String sealedToken) {
}
