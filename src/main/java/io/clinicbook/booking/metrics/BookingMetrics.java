package io.clinicbook.booking.metrics;

import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.booking.AppointmentStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counters on /q/metrics (as {@code clinic_appointments_*_total}). Lifecycle counts come from committed
 * changes only, so a rolled-back booking is never counted as requested. Created at start-up, so that
 * every counter shows from zero.
 */
@Startup
@ApplicationScoped
public class BookingMetrics {

    private final Map<AppointmentStatus, Counter> reached = new EnumMap<>(AppointmentStatus.class);
    private final Counter rescheduled;
    private final Counter erased;
    private final Counter conflicts;
    private final Counter replays;

    BookingMetrics(MeterRegistry registry) {
        reached.put(AppointmentStatus.REQUESTED, counter(registry, "requested", "Appointment requests accepted"));
        reached.put(AppointmentStatus.CONFIRMED, counter(registry, "confirmed", "Appointments confirmed (by staff or at once)"));
        reached.put(AppointmentStatus.DECLINED, counter(registry, "declined", "Requests declined by staff"));
        reached.put(AppointmentStatus.CANCELLED, counter(registry, "cancelled", "Appointments cancelled by patients or staff"));
        reached.put(AppointmentStatus.COMPLETED, counter(registry, "completed", "Visits completed"));
        reached.put(AppointmentStatus.NO_SHOW, counter(registry, "no_shows", "Visits marked as no-shows"));
        rescheduled = counter(registry, "rescheduled", "Appointments moved by their patients");
        erased = counter(registry, "erased", "Appointments whose personal data was erased");
        conflicts = counter(registry, "conflicts", "Requests and reschedules refused because the time was taken");
        replays = counter(registry, "idempotent_replays", "Retried requests answered from their Idempotency-Key");
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged change) {
        switch (change.change()) {
            case REQUESTED -> {
                reached.get(AppointmentStatus.REQUESTED).increment();
                if (change.to() == AppointmentStatus.CONFIRMED) {
                    reached.get(AppointmentStatus.CONFIRMED).increment();
                }
            }
            case STATUS -> reached.get(change.to()).increment();
            case RESCHEDULED -> rescheduled.increment();
            case ERASED -> erased.increment();
        }
    }

    public void conflict() {
        conflicts.increment();
    }

    public void replayed() {
        replays.increment();
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder("clinic.appointments." + name).description(description).register(registry);
    }
}
