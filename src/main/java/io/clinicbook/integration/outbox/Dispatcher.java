package io.clinicbook.integration.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox in the background. Each channel has its own lane: its own threads and in-flight
 * slots ({@code clinic.outbox.workers} each), claimed for no more messages than it has slots free. A pass
 * starts attempts and does not wait for them, so a hung SMTP server fills only the email lane's slots and
 * webhooks go on. Every instance may dispatch; claims keep them apart.
 */
@ApplicationScoped
@Startup // created at start, so that a lease too short for the timeouts stops the service there
class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    /** One channel's courier, threads and free slots. */
    private record Lane(Courier courier, ExecutorService threads, Semaphore slots) {
    }

    private final OutboxConfig config;
    private final OutboxClaims claims;
    private final Clock clock;
    private final Map<Channel, Lane> lanes = new EnumMap<>(Channel.class);
    private final String instance;

    @Inject
    Dispatcher(OutboxConfig config, OutboxClaims claims, Clock clock, Instance<Courier> couriers) {
        this.config = config;
        this.claims = claims;
        this.clock = clock;
        couriers.forEach(courier -> {
            if (config.lease().compareTo(courier.longestAttempt()) <= 0) {
                throw new IllegalStateException("clinic.outbox.lease (" + config.lease() + ") must be longer than the longest "
                        + courier.channel() + " attempt (" + courier.longestAttempt() + "), or a slow attempt would be claimed twice");
            }
            String name = "outbox-" + courier.channel().name().toLowerCase();
            ExecutorService threads = Executors.newFixedThreadPool(config.workers(), runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
            lanes.put(courier.channel(), new Lane(courier, threads, new Semaphore(config.workers())));
        });
        this.instance = config.instanceName().orElseGet(Dispatcher::hostAndProcess);
    }

    @Scheduled(every = "${clinic.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        if (config.dispatch()) {
            dispatchDue();
        }
    }

    /** One pass: claims due messages of each enabled channel, as many as it has free slots, and starts them. */
    public int dispatchDue() {
        int started = 0;
        for (Map.Entry<Channel, Lane> entry : lanes.entrySet()) {
            if (entry.getValue().courier().enabled()) {
                started += dispatch(entry.getKey(), entry.getValue());
            }
        }
        return started;
    }

    private int dispatch(Channel channel, Lane lane) {
        int free = Math.min(lane.slots().availablePermits(), config.batchSize());
        if (free == 0) {
            return 0;
        }
        Instant now = clock.instant();
        // Millisecond precision, so that the lease reads back equal from every database.
        Instant leaseUntil = now.plus(config.lease()).truncatedTo(ChronoUnit.MILLIS);
        List<OutboxMessage> batch = claims.claim(EnumSet.of(channel), now, leaseUntil, instance, free);
        for (OutboxMessage message : batch) {
            lane.slots().acquireUninterruptibly(); // only this pass takes slots, and it asked for no more than were free
            lane.threads().execute(() -> {
                try {
                    attempt(message, lane.courier());
                } catch (RuntimeException e) {
                    LOG.error("An outbox delivery could not be recorded; its claim lapses and it is tried again", e);
                } finally {
                    lane.slots().release();
                }
            });
        }
        return batch.size();
    }

    private void attempt(OutboxMessage message, Courier courier) {
        long started = System.nanoTime();
        Delivery delivery;
        try {
            delivery = courier.deliver(message);
        } catch (RuntimeException e) {
            // Only the exception's type: messages of mail and HTTP libraries may quote addresses.
            LOG.warnf("Outbox message %d (%s) failed with %s", message.id, message.channel, e.getClass().getName());
            delivery = Delivery.failed(null, "Unexpected error: " + e.getClass().getSimpleName());
        }
        if (Thread.currentThread().isInterrupted()) {
            // The service is stopping: nothing is recorded from an interrupted thread (on H2 an interrupt
            // can close the database); the claim lapses and the message is attempted again.
            LOG.infof("Outbox message %d (%s): attempt cut short by shutdown, left to its lease", message.id, message.channel);
            return;
        }
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        claims.record(message.id, delivery, latencyMs, clock.instant(), instance, config.retry(), courier);
    }

    void onStop(@Observes ShutdownEvent stop) {
        lanes.values().forEach(lane -> lane.threads().shutdownNow());
    }

    private static String hostAndProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + ":" + ProcessHandle.current().pid();
        return name.length() <= 60 ? name : name.substring(name.length() - 60);
    }
}
