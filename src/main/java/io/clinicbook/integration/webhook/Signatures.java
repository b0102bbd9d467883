package io.clinicbook.integration.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed by the
 * bytes the {@code whsec_} secret encodes; one signature per secret, space-separated.
 */
final class Signatures {

    private static final String PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The webhook-signature header for a message signed with each of {@code secrets}. */
    static String header(String messageId, long timestamp, String body, List<String> secrets) {
        String signed = messageId + "." + timestamp + "." + body;
        return secrets.stream().map(secret -> "v1," + hmac(secret, signed)).collect(Collectors.joining(" "));
    }

    private static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
