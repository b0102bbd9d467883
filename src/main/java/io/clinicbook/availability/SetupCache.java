package io.clinicbook.availability;

import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.ClinicService;
import io.clinicbook.clinic.ClinicSettings;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the {@link Setup} that slot searches read, so that a search costs one query (appointments)
 * instead of seven. Every staff write through this instance ({@code /api/v1/admin}, any method but
 * GET) drops it before its response is sent; a snapshot is also at most {@link #MAX_AGE} old, which
 * bounds how long a change made through another instance takes to show in this one's slot lists.
 * Booking never reads it: {@link Availability} checks a start against freshly read data.
 */
@ApplicationScoped
class SetupCache {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final LocalDate FAR_FUTURE = LocalDate.of(2099, 12, 31);

    private record Loaded(Setup setup, long generation, long loadedAtNanos) {
    }

    @Inject
    ClinicService clinics;
    @Inject
    ScheduleLoader loader;
    @Inject
    Clock clock;

    private final AtomicLong generation = new AtomicLong();
    private volatile Loaded loaded;

    /** The current setup, reloaded when a staff write, its age or a clock set back has made it stale. */
    Setup current() {
        Loaded known = loaded;
        if (isFresh(known)) {
            return known.setup();
        }
        synchronized (this) {
            known = loaded;
            if (!isFresh(known)) {
                long loading = generation.get();
                known = new Loaded(load(), loading, System.nanoTime());
                loaded = known;
            }
            return known.setup();
        }
    }

    private boolean isFresh(Loaded known) {
        return known != null && known.generation() == generation.get()
                && System.nanoTime() - known.loadedAtNanos() < MAX_AGE.toNanos()
                && !yesterday(known.setup().zone()).isBefore(known.setup().coversFrom());
    }

    private LocalDate yesterday(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate().minusDays(1);
    }

    private Setup load() {
        ClinicSettings clinic = clinics.settings();
        ZoneId zone = ZoneId.of(clinic.timeZone());
        Map<String, ServiceTiming> services = ServiceType.<ServiceType>listAll().stream().map(ServiceTiming::of)
                .collect(Collectors.toUnmodifiableMap(ServiceTiming::slug, Function.identity()));
        List<Setup.Offer> practitioners = Practitioner.listActive().stream()
                .map(p -> new Setup.Offer(PractitionerKey.of(p), p.services.stream().map(s -> s.id).collect(Collectors.toUnmodifiableSet())))
                .toList();
        LocalDate from = yesterday(zone);
        Schedule workingTime = loader.workingTime(zone, practitioners.stream().map(o -> o.practitioner().id()).toList(), from, FAR_FUTURE);
        return new Setup(clinic, zone, services, practitioners, workingTime, from);
    }

    void invalidate() {
        generation.incrementAndGet();
    }

    /** Drops the setup on every staff write; before the response's headers, so after the write committed. */
    void watchStaffWrites(@Observes Filters filters) {
        Set<HttpMethod> reads = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
        filters.register(ctx -> {
            if (!reads.contains(ctx.request().method()) && ctx.request().path().startsWith("/api/v1/admin")) {
                ctx.addHeadersEndHandler(done -> invalidate());
            }
            ctx.next();
        }, 100);
    }
}
