package io.clinicbook.integration.outbox;

import io.clinicbook.problem.ClinicProblem;

/** A secret must be stored, but the server has no key to encrypt it with. */
class SecretsKeyMissing extends ClinicProblem {

    SecretsKeyMissing() {
        super(503, "secrets-key-missing", "The server cannot store secrets",
                "This server has no clinic.secrets-key (32 random bytes, base64), so it cannot store webhook secrets. "
                        + "An administrator sets it, the same on every instance, and restarts.");
    }
}
