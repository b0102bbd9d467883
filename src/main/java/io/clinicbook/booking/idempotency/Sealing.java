package io.clinicbook.booking.idempotency;

import io.clinicbook.support.AesGcm;
import io.clinicbook.support.Sha256;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a stored response (which carries the manage token) with AES-256-GCM under a key derived from
 * the Idempotency-Key. The database keeps only a different hash of that key, so a copy of the
 * database cannot read the token back; a client retrying with the key can.
 */
final class Sealing {

    private Sealing() {
    }

    static String keyHash(String idempotencyKey) {
        return Sha256.hex("clinicbook/idempotency/id:" + idempotencyKey);
    }

    static byte[] sealKey(String idempotencyKey) {
        return Sha256.of("clinicbook/idempotency/seal:" + idempotencyKey);
    }

    static String seal(String plain, byte[] key) {
        return AesGcm.seal(plain, new SecretKeySpec(key, "AES"));
    }

    static String open(String sealed, byte[] key) {
        return AesGcm.open(sealed, new SecretKeySpec(key, "AES"), "A stored idempotent response could not be opened");
    }
}
