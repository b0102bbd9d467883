package io.clinicbook.staff;

/** The rule every staff password meets, wherever one is set. */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String RULE = "A password has 12 to 128 characters";

    private Passwords() {
    }
}
