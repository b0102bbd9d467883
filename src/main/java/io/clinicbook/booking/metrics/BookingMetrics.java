package io.clinicbook.booking.metrics;

import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.booking.AppointmentStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    private static final Object UNCOUNTED = new Object();

    private final Map<AppointmentStatus, Counter> reached = new EnumMap<>(AppointmentStatus.class);
    private final Counter rescheduled;
    private final Counter erased;
    private final Counter conflicts;
    private final Counter replays;
    private final TransactionSynchronizationRegistry transaction;

    BookingMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transaction) {
        this.transaction = transaction;
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

    /** The changes of the current transaction are not counted (the demo data's invented appointments). */
    public static void leaveOut(TransactionSynchronizationRegistry transaction) {
        transaction.putResource(UNCOUNTED, Boolean.TRUE);
    }

    /** Counts the change once its transaction has committed, unless the transaction is left out. */
    void onChanged(@Observes AppointmentChanged change) {
        if (transaction.getResource(UNCOUNTED) == null) {
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        count(change);
                    }
                }
            });
        }
    }

    private void count(AppointmentChanged change) {
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
