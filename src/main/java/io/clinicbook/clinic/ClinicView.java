package io.clinicbook.clinic;

import io.clinicbook.i18n.SupportedLocale;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public sees of the clinic. */
@Schema(name = "Clinic")
record ClinicView(
        @Schema(examples = "Riverside SOT Chiropractic") String name,
        @Schema(description = "IANA time zone in which working hours are defined.", examples = "America/New_York") String timeZone,
        @Schema(examples = "+1 555 010 4477") String phone,
        @Schema(examples = "frontdesk@riverside-sot.example") String email,
        @Schema(examples = "120 Main Street, Springfield") String address,
        SupportedLocale defaultLocale,
        List<SupportedLocale> supportedLocales,
        BookingPolicy bookingPolicy) {

    static ClinicView of(Clinic clinic) {
        return new ClinicView(clinic.name, clinic.timeZone, clinic.phone, clinic.email, clinic.address,
                clinic.defaultLocale, List.of(SupportedLocale.values()), BookingPolicy.of(clinic));
    }
}
