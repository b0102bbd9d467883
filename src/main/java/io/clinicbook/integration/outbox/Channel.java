package io.clinicbook.integration.outbox;

/** How a message leaves the service. */
public enum Channel {
    WEBHOOK, EMAIL,
    /** A visit written into a practitioner's own CalDAV calendar (integration.connected). */
    CALDAV
}
