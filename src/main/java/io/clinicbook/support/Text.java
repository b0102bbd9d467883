package io.clinicbook.support;

/** Small rules for text that people type. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding blanks, or null when nothing is left: an empty optional field is an absent one. */
    public static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
