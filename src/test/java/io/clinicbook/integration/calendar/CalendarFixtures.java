package io.clinicbook.integration.calendar;

import static io.restassured.RestAssured.given;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.availability.AvailabilityFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.Function;

/** Appointments booked, moved and cancelled through the public API, on clinic-local dates. */
final class CalendarFixtures {

    private CalendarFixtures() {
    }

    /** A clinic-local time in 2026. */
    static OffsetDateTime at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BookingFixtures.ZONE).toOffsetDateTime();
    }

    /** A new practitioner who works 08:00-18:00 every day (DST Sundays included); answers {service, practitioner}. */
    static String[] practitioner() {
        String service = CatalogueFixtures.service(30);
        return new String[] {service, AvailabilityFixtures.practitionerWorking(service, "08:00", "18:00")};
    }

    static void reschedule(String[] booked, OffsetDateTime start) {
        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{\"start\":\"" + start + "\"}")
                .post("/api/v1/appointments/{ref}/reschedule", booked[0]).then().statusCode(200);
    }

    static void cancel(String[] booked) {
        given().header("X-Manage-Token", booked[1]).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then().statusCode(200);
    }

    /** {@code use} applied to the stored appointment, in a transaction of its own. */
    static <T> T withAppointment(String reference, Function<Appointment, T> use) {
        return QuarkusTransaction.requiringNew().call(() -> use.apply(Appointment.findByReference(reference).orElseThrow()));
    }
}
