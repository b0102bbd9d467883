package io.clinicbook.availability;

import io.clinicbook.availability.search.HeldTimeCache;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.UUID;

/** Appointments written straight to the table, for availability tests that need time already held. */
public final class HeldAppointments {

    private HeldAppointments() {
    }

    /** An appointment of {@code service} with {@code practitioner} at {@code start}, its buffers from the service; answers its id. */
    public static long add(String practitioner, String service, String start, AppointmentStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ServiceType type = ServiceType.findBySlug(service).orElseThrow();
            Appointment appointment = new Appointment();
            appointment.reference = UUID.randomUUID().toString().substring(0, 12);
            appointment.practitioner = Practitioner.findBySlug(practitioner).orElseThrow();
            appointment.service = type;
            appointment.status = status;
            appointment.placeAt(Instant.parse(start));
            appointment.createdAt = Instant.now();
            appointment.persist();
            // Written past booking, so the slot search is told as booking would tell it.
            Arc.container().instance(HeldTimeCache.class).get().changing();
            return appointment.id;
        });
    }
}
