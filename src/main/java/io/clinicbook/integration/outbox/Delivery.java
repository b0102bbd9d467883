package io.clinicbook.integration.outbox;

/**
 * What one attempt at a message came to.
 *
 * @param responseCode the HTTP status a webhook receiver answered, if it answered
 * @param error        a short sentence for the delivery log; never a secret or personal data
 */
public record Delivery(Outcome outcome, Integer responseCode, String error) {

    public enum Outcome {
        /** The receiver took it. */
        DELIVERED,
        /** It did not get through; retried later, or given up after the last attempt. */
        FAILED,
        /** The target resolved to an address that is not allowed; retried like a failure. */
        REFUSED,
        /** It no longer applies and is not retried. */
        SKIPPED
    }

    public static Delivery delivered(Integer responseCode) {
        return new Delivery(Outcome.DELIVERED, responseCode, null);
    }

    public static Delivery failed(Integer responseCode, String error) {
        return new Delivery(Outcome.FAILED, responseCode, error);
    }

    public static Delivery refused(String error) {
        return new Delivery(Outcome.REFUSED, null, error);
    }

    public static Delivery skipped(String why) {
        return new Delivery(Outcome.SKIPPED, null, why);
    }
}
