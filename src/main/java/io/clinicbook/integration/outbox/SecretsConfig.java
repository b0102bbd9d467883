package io.clinicbook.integration.outbox;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The server key that encrypts stored secrets (webhook signing secrets, a manage token awaiting its email). */
@ConfigMapping(prefix = "clinic")
interface SecretsConfig {

    /**
     * 32 random bytes, base64 ({@code openssl rand -base64 32}); the same on every instance. Unset on
     * the embedded database: a key generated into the data directory. Unset on PostgreSQL: no secrets
     * can be stored, so webhook subscriptions cannot be created.
     */
    Optional<String> secretsKey();
}
