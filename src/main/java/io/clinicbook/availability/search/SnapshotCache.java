package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.PractitionerKey;
import io.clinicbook.availability.engine.Schedule;
import io.clinicbook.availability.engine.ServiceTiming;
import io.clinicbook.availability.workingtime.WorkingTimeReader;
import io.clinicbook.availability.workingtime.WorkingTimeRules;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.ClinicService;
import io.clinicbook.clinic.ClinicSettings;
import io.clinicbook.clinic.SchedulingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the {@link SearchSnapshot} that slot searches read, so that a search costs at most one query (the
 * time held, itself cached by {@link HeldTimeCache}) instead of seven. Every committed staff change to what decides bookable time through this
 * instance ({@link SchedulingChanged}) drops it; a snapshot is also at most {@link #MAX_AGE} old, which
 * bounds how long a change made through another instance takes to show in this one's slot lists.
 * Booking never reads it: {@link BookableTime} checks a start against freshly read data.
 */
@ApplicationScoped
class SnapshotCache {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private record Loaded(SearchSnapshot snapshot, long generation, long loadedAtNanos) {
    }

    @Inject
    ClinicService clinics;
    @Inject
    WorkingTimeReader workingTime;
    @Inject
    Clock clock;

    private final AtomicLong generation = new AtomicLong();
    private volatile Loaded loaded;

    /** The current snapshot, reloaded when a staff change, its age or a clock set back has made it stale. */
    SearchSnapshot current() {
        Loaded known = loaded;
        if (isFresh(known)) {
            return known.snapshot();
        }
        synchronized (this) {
            known = loaded;
            if (!isFresh(known)) {
                long loading = generation.get();
                known = new Loaded(load(), loading, System.nanoTime());
                loaded = known;
            }
            return known.snapshot();
        }
    }

    private boolean isFresh(Loaded known) {
        return known != null && known.generation() == generation.get()
                && System.nanoTime() - known.loadedAtNanos() < MAX_AGE.toNanos()
                && !yesterday(known.snapshot().zone()).isBefore(known.snapshot().coversFrom());
    }

    private LocalDate yesterday(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate().minusDays(1);
    }

    private SearchSnapshot load() {
        ClinicSettings clinic = clinics.settings();
        ZoneId zone = ZoneId.of(clinic.timeZone());
        Map<String, ServiceTiming> services = ServiceType.<ServiceType>listAll().stream().map(ServiceTiming::of)
                .collect(Collectors.toUnmodifiableMap(ServiceTiming::slug, Function.identity()));
        List<SearchSnapshot.Offer> practitioners = Practitioner.listActive().stream()
                .map(p -> new SearchSnapshot.Offer(PractitionerKey.of(p), p.services.stream().map(s -> s.id).collect(Collectors.toUnmodifiableSet())))
                .toList();
        LocalDate from = yesterday(zone);
        Schedule schedule = workingTime.read(zone, practitioners.stream().map(o -> o.practitioner().id()).toList(), from,
                WorkingTimeRules.LATEST_DATE);
        return new SearchSnapshot(clinic, zone, services, practitioners, schedule, from);
    }

    /** Drops the snapshot once a change to what it holds has committed, so the next search reads it again. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SchedulingChanged change) {
        generation.incrementAndGet();
    }
}
