package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who an email goes to: the contact who booked, otherwise the patient; the clinic's address for staff.
 * Addresses at the domains reserved for examples (RFC 2606: example.org, *.test, *.invalid, ...),
 * such as the demo clinic's invented patients, can never receive mail and get none.
 */
final class Recipients {

    private static final Pattern RESERVED = Pattern.compile("(.*\\.)?example\\.(org|com|net)|.*\\.(test|example|invalid|localhost)|localhost");

    private Recipients() {
    }

    static Optional<String> patientOf(Appointment appointment) {
        String address = appointment.contact != null && appointment.contact.email != null ? appointment.contact.email
                : appointment.patient == null ? null : appointment.patient.email;
        return mailable(address);
    }

    static Optional<String> mailable(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return RESERVED.matcher(domain).matches() ? Optional.empty() : Optional.of(address);
    }
}
