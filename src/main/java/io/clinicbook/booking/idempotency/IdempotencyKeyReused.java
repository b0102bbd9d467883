package io.clinicbook.booking.idempotency;

import io.clinicbook.problem.ClinicProblem;

/** The Idempotency-Key was already used for a different request body (422). */
class IdempotencyKeyReused extends ClinicProblem {

    IdempotencyKeyReused() {
        super(422, "idempotency-key-reused", "Idempotency-Key reused",
                "This Idempotency-Key was used for a different request in the last 24 hours. Use a new key for a new request.");
    }
}
