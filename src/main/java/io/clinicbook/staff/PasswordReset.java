package io.clinicbook.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The password an admin sets for another account (for example one whose owner forgot it). */
record PasswordReset(
        @NotBlank(message = "Please give the new password")
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = Passwords.RULE)
        @Schema(examples = "temporary-pass-to-change") String password) {
}
