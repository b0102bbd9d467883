package io.clinicbook.integration.calendar;

import static io.clinicbook.Staff.asStaff;

import io.clinicbook.availability.search.HeldTimeCache;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.Person;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Visits written straight to the table, in any status and with any last change, and feed URLs issued by staff. */
final class FeedFixtures {

    static final LocalDate BIRTHDAY = LocalDate.of(1987, 4, 17);
    static final String EMAIL = "ana.feed@example.org";
    static final String PHONE = "+1 555 019 8877";

    private FeedFixtures() {
    }

    /** A visit of Ana García's at {@code start}, last changed at {@code changedAt}; answers its reference. */
    static String visit(String practitioner, String service, Instant start, AppointmentStatus status, Instant changedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ServiceType type = ServiceType.findBySlug(service).orElseThrow();
            Appointment appointment = new Appointment();
            appointment.reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            appointment.practitioner = Practitioner.findBySlug(practitioner).orElseThrow();
            appointment.service = type;
            appointment.status = status;
            appointment.placeAt(start);
            appointment.createdAt = changedAt;
            appointment.updatedAt = changedAt;
            appointment.patient = new Person("Ana", "García", EMAIL, PHONE);
            appointment.patientDateOfBirth = BIRTHDAY;
            appointment.reason = "Lower back pain, 32 weeks pregnant";
            appointment.newPatient = true;
            appointment.persist();
            // Written past booking, so the slot search is told as booking would tell it.
            Arc.container().instance(HeldTimeCache.class).get().changing();
            return appointment.reference;
        });
    }

    /** Issues (or replaces) the practitioner's feed URL as a staff user; answers the URL's path. */
    static String rotate(String practitioner) {
        String url = asStaff().post("/api/v1/admin/practitioners/{slug}/calendar-feed/rotate", practitioner).then()
                .statusCode(200).extract().path("url");
        return URI.create(url).getPath();
    }
}
