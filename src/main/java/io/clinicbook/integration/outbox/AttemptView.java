package io.clinicbook.integration.outbox;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the delivery log. */
@Schema(name = "DeliveryAttempt")
record AttemptView(
        @Schema(examples = "1") int attempt,
        @Schema(examples = "2026-11-02T14:00:01Z") Instant at,
        @Schema(examples = "FAILED") Delivery.Outcome outcome,
        @Schema(description = "What the webhook receiver answered, if it answered", examples = "500") Integer responseCode,
        @Schema(examples = "184") long latencyMs,
        @Schema(examples = "The receiver answered 500") String error,
        @Schema(description = "The instance that made the attempt", examples = "clinic-7f9c:4121") String instance) {

    static AttemptView of(DeliveryAttempt a) {
        return new AttemptView(a.attempt, a.at, a.outcome, a.responseCode, a.latencyMs, a.error, a.instance);
    }
}
