package io.clinicbook.availability.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Slot days as written JSON, so that an answer is assembled from the days other searches already wrote:
 * questions that are never asked twice (each patient their own first day, length and zone) still share
 * their days. A written day is reused under the rules of {@link HeldTimeCache}, which it is computed from:
 * only while the held-time version is what it was before the day was computed (no change began or ended
 * meanwhile), no longer than {@code clinic.held-time.max-age} after that held time was read from the
 * database, and only with the same {@link SearchSnapshot}. The clock enters the key as a whole minute: slot
 * starts are whole minutes, so every instant of the minute before it offers exactly the starts its end
 * does. /q/metrics counts answers ({@code clinic_slot_answers_total}) and days ({@code clinic_slot_days_total}),
 * {@code source="computed"} (an answer with at least one day computed) or {@code "reused"}.
 */
@ApplicationScoped
class SlotAnswers {

    /**
     * Written days kept at most, past which the cache starts again: every day of 5 services, 60 days and 24
     * patient zones in a minute, at a few kilobytes each (about what 512 whole answers took before).
     */
    private static final int MAX_ENTRIES = 8192;

    /** What a search asked, {@code minute} being the end of the minute it was asked in. */
    record Question(String service, String practitioner, LocalDate first, LocalDate last, ZoneId shownIn, Instant minute) {

        List<LocalDate> dates() {
            return first.datesUntil(last.plusDays(1)).toList();
        }
    }

    /** Days as computed, in the order asked, and when the held time they came from was read ({@link System#nanoTime()}). */
    record Written(List<byte[]> days, long heldReadAtNanos) {
    }

    private record Day(String service, String practitioner, LocalDate date, ZoneId shownIn, Instant minute) {
    }

    private record Entry(byte[] json, SearchSnapshot snapshot, long version, long heldReadAtNanos) {
    }

    private final HeldTimeCache heldTime;
    private final HeldTimeConfig config;
    private final Counter answersComputed;
    private final Counter answersReused;
    private final Counter daysComputed;
    private final Counter daysReused;
    private final Map<Day, Entry> days = new ConcurrentHashMap<>();

    SlotAnswers(HeldTimeCache heldTime, HeldTimeConfig config, MeterRegistry registry) {
        this.heldTime = heldTime;
        this.config = config;
        answersComputed = counter(registry, "answers", "computed", "Slot answers with at least one day computed");
        answersReused = counter(registry, "answers", "reused", "Slot answers assembled from days written before");
        daysComputed = counter(registry, "days", "computed", "Slot days computed");
        daysReused = counter(registry, "days", "reused", "Slot days reused as written before");
    }

    private static Counter counter(MeterRegistry registry, String what, String source, String description) {
        return Counter.builder("clinic.slot." + what).tag("source", source).description(description).register(registry);
    }

    /** Every day computed, none kept: a search at the end of the clinic's day, when the last bookable day moves within the minute. */
    List<byte[]> computed(List<LocalDate> dates, Function<List<LocalDate>, Written> compute) {
        List<byte[]> written = compute.apply(dates).days();
        count(written.size(), 0);
        return written;
    }

    /** The question's days in order, each as written before where the rules allow, the others computed in one go. */
    List<byte[]> answer(Question question, SearchSnapshot snapshot, Function<List<LocalDate>, Written> compute) {
        List<LocalDate> dates = question.dates();
        long version = heldTime.version();
        if (!HeldTimeCache.settled(version)) {
            return computed(dates, compute);
        }
        long now = System.nanoTime();
        byte[][] answer = new byte[dates.size()][];
        List<LocalDate> missing = new ArrayList<>();
        for (int i = 0; i < answer.length; i++) {
            Entry known = days.get(day(question, dates.get(i)));
            if (known != null && known.snapshot() == snapshot && known.version() == version
                    && now - known.heldReadAtNanos() < config.maxAge().toNanos()) {
                answer[i] = known.json();
            } else {
                missing.add(dates.get(i));
            }
        }
        if (!missing.isEmpty()) {
            Written written = compute.apply(missing);
            boolean unchanged = heldTime.version() == version;
            if (unchanged && days.size() + missing.size() > MAX_ENTRIES) {
                days.clear();
            }
            for (int i = 0, m = 0; i < answer.length; i++) {
                if (answer[i] == null) {
                    answer[i] = written.days().get(m++);
                    if (unchanged) {
                        days.put(day(question, dates.get(i)), new Entry(answer[i], snapshot, version, written.heldReadAtNanos()));
                    }
                }
            }
        }
        count(missing.size(), answer.length - missing.size());
        return List.of(answer);
    }

    private static Day day(Question question, LocalDate date) {
        return new Day(question.service(), question.practitioner(), date, question.shownIn(), question.minute());
    }

    private void count(int computed, int reused) {
        (computed > 0 ? answersComputed : answersReused).increment();
        daysComputed.increment(computed);
        daysReused.increment(reused);
    }
}
