package io.clinicbook.integration.outbox;

import io.clinicbook.clinic.ClinicConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets at rest with AES-256-GCM under the server key, so that a copy of the database alone
 * does not reveal them. The key is {@code clinic.secrets-key}; on the embedded database, which only
 * one instance uses, a key is generated into the data directory when none is configured.
 */
@ApplicationScoped
public class SecretBox {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKeySpec> key;

    @Inject
    SecretBox(SecretsConfig secrets, ClinicConfig clinic, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        Optional<String> encoded = secrets.secretsKey().filter(k -> !k.isBlank())
                .or(() -> "h2".equals(dbKind) ? Optional.of(keyFile(Path.of(clinic.dataDir(), "secrets.key"))) : Optional.empty());
        this.key = encoded.map(SecretBox::decodeKey);
    }

    public boolean available() {
        return key.isPresent();
    }

    /** The base64 ciphertext (IV first) of {@code plain}; refuses with 503 when the server has no key. */
    public String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key.orElseThrow(SecretsKeyMissing::new), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key.orElseThrow(SecretsKeyMissing::new), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret does not open with this server's key (was clinic.secrets-key changed?)", e);
        }
    }

    private static SecretKeySpec decodeKey(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("clinic.secrets-key is not base64; make one with: openssl rand -base64 32", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("clinic.secrets-key must be 32 bytes (base64); make one with: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The key kept in {@code file}, created (readable by its owner only) on first use. */
    private static String keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[KEY_BYTES];
                RANDOM.nextBytes(bytes);
                Files.createDirectories(file.getParent());
                Path fresh = Files.createFile(file.resolveSibling(file.getFileName() + ".new"),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(fresh, Base64.getEncoder().encodeToString(bytes));
                Files.move(fresh, file);
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secrets key " + file, e);
        }
    }
}
