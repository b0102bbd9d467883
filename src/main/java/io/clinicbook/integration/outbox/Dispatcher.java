package io.clinicbook.integration.outbox;

import io.quarkus.runtime.ShutdownEvent;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox in the background: each pass claims the due messages of the enabled channels and
 * hands them to their couriers, a few at a time. Every instance may dispatch; claims keep them apart.
 */
@ApplicationScoped
class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final OutboxConfig config;
    private final OutboxClaims claims;
    private final Clock clock;
    private final Map<Channel, Courier> couriers = new EnumMap<>(Channel.class);
    private final ExecutorService workers;
    private final String instance;

    @Inject
    Dispatcher(OutboxConfig config, OutboxClaims claims, Clock clock, Instance<Courier> couriers) {
        this.config = config;
        this.claims = claims;
        this.clock = clock;
        couriers.forEach(courier -> this.couriers.put(courier.channel(), courier));
        this.workers = Executors.newFixedThreadPool(config.workers(), runnable -> {
            Thread thread = new Thread(runnable, "outbox-delivery");
            thread.setDaemon(true);
            return thread;
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

    /** One pass: claims due messages and attempts each once. Returns how many were attempted. */
    public int dispatchDue() {
        Map<Channel, Courier> enabled = new EnumMap<>(Channel.class);
        couriers.forEach((channel, courier) -> {
            if (courier.enabled()) {
                enabled.put(channel, courier);
            }
        });
        if (enabled.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        // Millisecond precision, so that the lease reads back equal from every database.
        Instant leaseUntil = now.plus(config.lease()).truncatedTo(ChronoUnit.MILLIS);
        List<OutboxMessage> batch = claims.claim(enabled.keySet(), now, leaseUntil, instance, config.batchSize());
        List<Future<?>> running = batch.stream().<Future<?>>map(m -> workers.submit(() -> attempt(m, enabled.get(m.channel)))).toList();
        for (Future<?> attempt : running) {
            try {
                attempt.get();
            } catch (ExecutionException e) {
                LOG.error("An outbox delivery could not be recorded; its claim lapses and it is tried again", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
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
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        claims.record(message.id, delivery, latencyMs, clock.instant(), instance, config.retry(), courier);
    }

    void onStop(@Observes ShutdownEvent stop) {
        workers.shutdownNow();
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
