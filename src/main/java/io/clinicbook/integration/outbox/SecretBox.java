package io.clinicbook.integration.outbox;

import io.clinicbook.clinic.ClinicConfig;
import io.clinicbook.support.AesGcm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets at rest with AES-256-GCM under the server key, so that a copy of the database alone
 * does not reveal them. The key is {@code clinic.secrets-key}; on the embedded database, which only
 * one instance uses, a key is generated into the data directory when none is configured.
 */
@ApplicationScoped
public class SecretBox {

    private static final int KEY_BYTES = 32;
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
        return AesGcm.seal(plain, key.orElseThrow(SecretsKeyMissing::new));
    }

    public String open(String sealed) {
        return AesGcm.open(sealed, key.orElseThrow(SecretsKeyMissing::new),
                "A stored secret does not open with this server's key (was clinic.secrets-key changed?)");
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
