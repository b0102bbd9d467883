package io.clinicbook.booking.request;

import io.clinicbook.booking.Person;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person who books and is contacted when that is not the patient, such as a parent booking for a child. */
@Schema(name = "Contact")
public record ContactDetails(
        @NotBlank(message = "{booking.contact.firstName.required}")
        @Size(max = 100, message = "{person.firstName.size}")
        @Schema(examples = "Marta") String firstName,
        @NotBlank(message = "{booking.contact.lastName.required}")
        @Size(max = 100, message = "{person.lastName.size}")
        @Schema(examples = "García") String lastName,
        @NotBlank(message = "{booking.contact.email.required}")
        @Email(message = "{person.email.invalid}")
        @Size(max = 254, message = "{person.email.size}")
        @Schema(examples = "marta.garcia@example.org") String email,
        @NotBlank(message = "{booking.contact.phone.required}")
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
        @Schema(examples = "+1 555 010 2233") String phone,
        @Size(max = 40, message = "{booking.contact.relationship.size}")
        @Schema(description = "How the contact relates to the patient.", examples = "parent") String relationship) {

    static final String PHONE = "\\+?[0-9][0-9 ().-]{4,38}";
    static final String PHONE_MESSAGE = "{person.phone.invalid}";

    public Person person() {
        return new Person(firstName, lastName, email, phone);
    }
}
