package io.clinicbook.integration.calendar;

import io.clinicbook.booking.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/** Feed URL secrets: 32 random bytes, base64url (safe in a path); only their SHA-256 is stored. */
final class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private FeedTokens() {
    }

    static String issue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
