package io.clinicbook.booking.request;

import io.clinicbook.booking.Person;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the visit is for. Email and phone may be left out when a contact person is given (a baby has neither). */
@Schema(name = "Patient")
public record PatientDetails(
        @NotBlank(message = "Please give the patient's first name")
        @Size(max = 100, message = "Please keep the first name under 100 characters")
        @Schema(examples = "Ana") String firstName,
        @NotBlank(message = "Please give the patient's last name")
        @Size(max = 100, message = "Please keep the last name under 100 characters")
        @Schema(examples = "García") String lastName,
        @Email(message = "Please give a valid email address")
        @Size(max = 254, message = "Please keep the email address under 254 characters")
        @Schema(description = "Required, with the phone, unless the request gives a contact.", examples = "ana.garcia@example.org")
        String email,
        @Pattern(regexp = ContactDetails.PHONE, message = ContactDetails.PHONE_MESSAGE)
        @Schema(description = "Required, with the email, unless the request gives a contact.", examples = "+1 555 010 2233")
        String phone,
        @Past(message = "The date of birth must be in the past")
        @Schema(description = "Optional; useful for infant and child visits.", examples = "1990-04-17") LocalDate dateOfBirth) {

    boolean reachable() {
        return email != null && !email.isBlank() && phone != null && !phone.isBlank();
    }

    Person person() {
        return new Person(firstName, lastName, email, phone);
    }
}
