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
        @NotBlank(message = "{booking.patient.firstName.required}")
        @Size(max = 100, message = "{person.firstName.size}")
        @Schema(examples = "Ana") String firstName,
        @NotBlank(message = "{booking.patient.lastName.required}")
        @Size(max = 100, message = "{person.lastName.size}")
        @Schema(examples = "García") String lastName,
        @Email(message = "{person.email.invalid}")
        @Size(max = 254, message = "{person.email.size}")
        @Schema(description = "Required, with the phone, unless the request gives a contact.", examples = "ana.garcia@example.org")
        String email,
        @Pattern(regexp = ContactDetails.PHONE, message = ContactDetails.PHONE_MESSAGE)
        @Schema(description = "Required, with the email, unless the request gives a contact.", examples = "+1 555 010 2233")
        String phone,
        @Past(message = "{booking.patient.dateOfBirth.past}")
        @Schema(description = "Optional; useful for infant and child visits.", examples = "1990-04-17") LocalDate dateOfBirth) {

    boolean reachable() {
        return email != null && !email.isBlank() && phone != null && !phone.isBlank();
    }

    public Person person() {
        return new Person(firstName, lastName, email, phone);
    }
}
