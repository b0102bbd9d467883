package io.clinicbook.booking;

import io.clinicbook.support.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that lets a patient view, cancel and reschedule without an account: 32 random bytes,
 * base64url. Only its SHA-256 is stored; checks compare digests in constant time.
 */
@ApplicationScoped
public class ManageTokens {

    private static final int BYTES = 32;
    /** Compared against when there is no stored hash, so that every check does the same work. */
    private static final byte[] NO_HASH = new byte[32];

    private final SecureRandom random = new SecureRandom();

    /** A new token; give it to the patient once and keep only {@link #hash(String)}. */
    public String issue() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Whether {@code token} is the one whose hash is {@code storedHash}; a null hash (erased, unknown) never matches. */
    public static boolean matches(String token, String storedHash) {
        byte[] presented = Sha256.of(token == null ? "" : token);
        byte[] expected = storedHash == null ? NO_HASH : HexFormat.of().parseHex(storedHash);
        return MessageDigest.isEqual(presented, expected) && storedHash != null;
    }
}
