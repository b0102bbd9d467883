package io.clinicbook.booking.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new plan, with its manage token: shown in this answer only (only its hash is kept). */
@Schema(name = "CarePlanCreated")
record CarePlanCreated(
        @Schema(description = "The secret that lets the patient view, book and cancel the plan and each of its visits "
                + "(header X-Manage-Token). Shown once.", examples = "pN3x0sVbq2d9kzW7hJ4rT1mYc8eA5uLfG6iQoZ_-EwA") String manageToken,
        CarePlanView plan) {
}
