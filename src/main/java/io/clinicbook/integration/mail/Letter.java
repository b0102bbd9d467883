package io.clinicbook.integration.mail;

/**
 * One email, ready to send.
 *
 * @param invitation the iCalendar invitation, or null
 */
record Letter(String to, String subject, String text, String html, Invitation invitation) {

    /** An .ics attachment and its iTIP method (REQUEST or CANCEL). */
    record Invitation(String method, String ics) {
    }
}
