package io.clinicbook.integration.connected;

/** Why a calendar cannot be read, as a sentence for staff (no event detail, no password), and which field is to blame. */
final class Unreadable extends Exception {

    private final String field;

    Unreadable(String why) {
        this("url", why);
    }

    Unreadable(String field, String why) {
        super(why, null, false, false);
        this.field = field;
    }

    /** The request field a connection attempt should name: url, or username/password when the server refused them. */
    String field() {
        return field;
    }
}
