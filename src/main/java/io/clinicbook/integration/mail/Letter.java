package io.clinicbook.integration.mail;

/**
 * One email, ready to send.
 *
 * @param invitation the iCalendar invitation, or null
 */
record Letter(String to, String subject, String text, String html, Invitation invitation) {

    /** An .ics attachment and its MIME type, which names the iTIP method (REQUEST or CANCEL). */
    record Invitation(String mediaType, String ics) {
    }
}
