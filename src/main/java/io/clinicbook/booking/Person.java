package io.clinicbook.booking;

import io.clinicbook.support.Text;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A person's name and how to reach them: the patient, or the contact who booked for the patient. */
@Embeddable
public class Person {

    public String firstName;
    public String lastName;
    /** Stored lower-case, so that erasure and staff search match however it was typed. */
    public String email;
    public String phone;

    public Person() {
    }

    /** A copy for another row (embedded values are not shared between entities); null stays null. */
    public static Person copyOf(Person person) {
        if (person == null) {
            return null;
        }
        Person copy = new Person();
        copy.firstName = person.firstName;
        copy.lastName = person.lastName;
        copy.email = person.email;
        copy.phone = person.phone;
        return copy;
    }

    public Person(String firstName, String lastName, String email, String phone) {
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
        String given = Text.trimmedOrNull(email);
        this.email = given == null ? null : given.toLowerCase(Locale.ROOT);
        this.phone = Text.trimmedOrNull(phone);
    }
}
