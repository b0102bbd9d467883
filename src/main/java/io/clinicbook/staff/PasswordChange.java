package io.clinicbook.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed-in staff member's new password, with the current one as proof. */
record PasswordChange(
        @NotBlank(message = "Please give your current password")
        @Schema(examples = "correct-horse-battery") String currentPassword,
        @NotBlank(message = "Please give the new password")
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = Passwords.RULE)
        @Schema(examples = "staple-lantern-orbit") String newPassword) {
}
