package io.clinicbook.clinic;

import io.clinicbook.i18n.SupportedLocale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The clinic's settings as admins read and write them. */
public record ClinicSettings(
        @NotBlank(message = "Please give the clinic's name") @Size(max = 200, message = "Please keep the name under 200 characters")
        @Schema(examples = "Riverside SOT Chiropractic") String name,
        @NotBlank(message = "Please give the clinic's IANA time zone, such as America/New_York")
        @Schema(examples = "America/New_York") String timeZone,
        @NotBlank(message = "Please give the clinic's phone number") @Size(max = 40, message = "Please keep the phone number under 40 characters")
        @Schema(examples = "+1 555 010 4477") String phone,
        @NotBlank(message = "Please give the clinic's email address") @Email(message = "Please give a valid email address")
        @Schema(examples = "frontdesk@riverside-sot.example") String email,
        @Size(max = 300, message = "Please keep the address under 300 characters")
        @Schema(examples = "120 Main Street, Springfield") String address,
        @NotNull(message = "Please give the website origins (an empty list is allowed)")
        @Size(max = 20, message = "At most 20 website origins")
        @Schema(description = "Origins allowed to call the public API from a browser.", examples = "[\"https://www.riverside-sot.example\"]")
        List<@Pattern(regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?", message = "An origin is scheme://host[:port], without a path") String> websiteOrigins,
        @NotNull(message = "Please give the default locale") SupportedLocale defaultLocale,
        @NotNull(message = "Please give the booking policy") @Valid BookingPolicy bookingPolicy) {

    static ClinicSettings of(Clinic clinic) {
        return new ClinicSettings(clinic.name, clinic.timeZone, clinic.phone, clinic.email, clinic.address,
                clinic.origins(), clinic.defaultLocale, BookingPolicy.of(clinic));
    }
}
