package io.clinicbook.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, for secrets kept only as hashes (manage tokens, idempotency keys) and for content tags. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static byte[] of(String input) {
        return of(input.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] input) {
        return HexFormat.of().formatHex(of(input));
    }

    public static String hex(String input) {
        return HexFormat.of().formatHex(of(input));
    }
}
