package io.clinicbook.integration.outbox;

/**
 * A message to add to the outbox.
 *
 * @param orderingKey  messages with the same key are delivered one after the other, in the order written
 * @param payload      the webhook body; null for an email
 * @param appointmentId the appointment the message is about, or null for a waitlist offer's email
 * @param sealedToken  the token the email carries (a waitlist offer's), sealed by {@link SecretBox}, or null
 * @param waitlistOfferId the waitlist offer the email is about, or null
 */
public record NewMessage(Channel channel, String orderingKey, String eventType, Long appointmentId,
                         String appointmentReference, Long subscriptionId, String payload, String sealedToken, Long waitlistOfferId) {

    /** A message about an appointment. */
    public NewMessage(Channel channel, String orderingKey, String eventType, long appointmentId, String appointmentReference,
                      Long subscriptionId, String payload, String sealedToken) {
        this(channel, orderingKey, eventType, appointmentId, appointmentReference, subscriptionId, payload, sealedToken, null);
    }
}
