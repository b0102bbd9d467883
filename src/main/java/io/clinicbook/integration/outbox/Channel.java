package io.clinicbook.integration.outbox;

/** How a message leaves the service. */
public enum Channel {
    WEBHOOK, EMAIL
}
