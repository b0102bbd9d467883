package io.clinicbook.booking;

import jakarta.persistence.Embeddable;

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

    public Person(String firstName, String lastName, String email, String phone) {
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
    }
}
