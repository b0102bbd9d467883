package io.clinicbook.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff account to create: the password is hashed with bcrypt and never shown again. */
record StaffAccount(
        @NotBlank(message = "Please give a username")
        @Pattern(regexp = "[a-z0-9._-]{3,40}", message = "A username is 3 to 40 lower-case letters, digits, dots, dashes or underscores")
        @Schema(examples = "frontdesk") String username,
        @NotBlank(message = "Please give a password")
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = Passwords.RULE)
        @Schema(examples = "correct-horse-battery") String password,
        @NotBlank(message = "Please give the role: admin or staff")
        @Pattern(regexp = "admin|staff", message = "The role is admin or staff")
        @Schema(examples = "staff") String role) {

    /** What is shown of an account: never the password. */
    public record View(
            @Schema(examples = "frontdesk") String username,
            @Schema(examples = "staff") String role,
            @Schema(description = "A deactivated account cannot sign in.", examples = "true") boolean active) {
        static View of(StaffUser user) {
            return new View(user.username, user.role, user.active);
        }
    }
}
