package io.clinicbook.booking.waitlist;

import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.clinic.SchedulingChanged;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Keeps the waitlist moving: ends offers past their hold and entries past their last day, then offers free time to
 * the waiting entries in the order they joined ({@link Offers#offerTo}, one transaction each). It runs every
 * {@code clinic.waitlist.sweep-interval} and, soon after, when committed changes may have freed time: a visit
 * cancelled, declined or moved, a change to working time (new hours, a removed time off), an offer declined or left.
 * Each instance sweeps; the locks taken by {@link Offers} make concurrent sweeps give one offer per freed time.
 */
@ApplicationScoped
class WaitlistSweep {

    private static final Logger LOG = Logger.getLogger(WaitlistSweep.class);

    @Inject
    Offers offers;
    @Inject
    WaitlistConfig config;

    private final ExecutorService soon = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "waitlist-sweep");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    @Scheduled(every = "${clinic.waitlist.sweep-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        sweep();
    }

    /** One sweep, in this thread, one at a time in this instance (other instances may sweep meanwhile); returns the offers made. */
    synchronized int sweep() {
        offers.expireDue();
        offers.expireEntries();
        return match();
    }

    /** Offers free time to every waiting entry that has a match, first come first served; returns the offers made. */
    int match() {
        int made = 0;
        for (long entry : offers.waiting()) {
            if (offers.offerTo(entry)) {
                made++;
            }
        }
        return made;
    }

    void onAppointment(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged change) {
        if (change.change() == AppointmentChanged.Change.RESCHEDULED || change.change() == AppointmentChanged.Change.STATUS
                && !change.to().holdsTime()) {
            soon();
        }
    }

    void onScheduling(@Observes(during = TransactionPhase.AFTER_SUCCESS) SchedulingChanged change) {
        soon();
    }

    /** A sweep on the sweeper's own thread, once the caller's transaction is over; requests meanwhile share it. */
    void soon() {
        if (config.sweepAfterChanges() && !soon.isShutdown() && queued.compareAndSet(false, true)) {
            soon.execute(() -> {
                queued.set(false);
                try {
                    sweep();
                } catch (RuntimeException e) {
                    LOG.warn("A waitlist sweep failed; the scheduled one will try again", e);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        soon.shutdownNow();
    }
}
