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
        @NotBlank(message = "Please give the contact's first name")
        @Size(max = 100, message = "Please keep the first name under 100 characters")
        @Schema(examples = "Marta") String firstName,
        @NotBlank(message = "Please give the contact's last name")
        @Size(max = 100, message = "Please keep the last name under 100 characters")
        @Schema(examples = "García") String lastName,
        @NotBlank(message = "Please give the contact's email address")
        @Email(message = "Please give a valid email address")
        @Size(max = 254, message = "Please keep the email address under 254 characters")
        @Schema(examples = "marta.garcia@example.org") String email,
        @NotBlank(message = "Please give the contact's phone number")
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
        @Schema(examples = "+1 555 010 2233") String phone,
        @Size(max = 40, message = "Please keep the relationship under 40 characters")
        @Schema(description = "How the contact relates to the patient.", examples = "parent") String relationship) {

    static final String PHONE = "\\+?[0-9][0-9 ().-]{4,38}";
    static final String PHONE_MESSAGE = "Please give a phone number: digits, spaces, and + ( ) - . only";

    Person person() {
        return new Person(firstName, lastName, email, phone);
    }
}
