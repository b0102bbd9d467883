package io.clinicbook.integration.outbox;

/** Where a message stands. Only PENDING messages are ever claimed. */
public enum MessageStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the receiver (a 2xx answer, or the SMTP server took the mail). */
    DELIVERED,
    /** Given up after the last retry; staff may redeliver it. */
    FAILED,
    /** Not sent because it no longer applied (a reminder for a cancelled visit, a paused subscription). */
    SKIPPED
}
