package io.clinicbook.booking.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Short references patients can read out on the phone: 8 characters from an alphabet without the
 * look-alikes 0/O, 1/I/L. With 31^8 (about 8.5e11) codes a clash is rare; the unique constraint
 * catches it ({@link ReferenceTaken}) and the booking is tried again with a new code.
 */
@ApplicationScoped
public class ReferenceCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    /** A new reference, for other features' rows (care plans and their visits). */
    public String issue() {
        return next();
    }

    String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** Whether a path segment could be a reference at all; anything else is answered 404 without a query. */
    public static boolean looksLikeOne(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return false;
        }
        return candidate.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
