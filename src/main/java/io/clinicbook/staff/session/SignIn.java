package io.clinicbook.staff.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the sign-in page sends. */
@Schema(name = "SignIn")
record SignIn(
        @Schema(examples = "frontdesk") @NotBlank(message = "{session.username.required}") @Size(max = 40) String username,
        @Schema(examples = "a-long-front-desk-password") @NotBlank(message = "{session.password.required}") @Size(max = 200) String password) {
}
