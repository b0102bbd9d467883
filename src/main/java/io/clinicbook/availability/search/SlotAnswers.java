package io.clinicbook.availability.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Slot answers as written JSON, so that a repeated search costs what serving the same bytes costs. An
 * answer is reused under the rules of {@link HeldTimeCache}, which it is computed from: only while the
 * held-time version is what it was before the answer was computed (no change began or ended meanwhile),
 * no longer than {@code clinic.held-time.max-age} after that held time was read from the database, and
 * only with the same {@link SearchSnapshot}. The
 * clock enters the key as a whole minute: slot starts are whole minutes, so every instant of the minute
 * before it offers exactly the starts its end does. How many answers were computed and how many reused is
 * counted on /q/metrics as {@code clinic_slot_answers_total{source="computed"|"reused"}}.
 */
@ApplicationScoped
class SlotAnswers {

    /** Answers kept at most; past it the cache starts again. */
    private static final int MAX_ENTRIES = 512;

    /** What a search asked, {@code minute} being the end of the minute it was asked in. */
    record Question(String service, String practitioner, LocalDate first, LocalDate last, ZoneId shownIn, Instant minute) {
    }

    /** An answer, and when the held time it was computed from was read ({@link System#nanoTime()}). */
    record Answer(byte[] json, long heldReadAtNanos) {
    }

    private record Entry(Answer answer, SearchSnapshot snapshot, long version) {
    }

    private final HeldTimeCache heldTime;
    private final HeldTimeConfig config;
    private final Counter computed;
    private final Counter reused;
    private final Map<Question, Entry> answers = new ConcurrentHashMap<>();

    SlotAnswers(HeldTimeCache heldTime, HeldTimeConfig config, MeterRegistry registry) {
        this.heldTime = heldTime;
        this.config = config;
        computed = counter(registry, "computed", "Slot answers computed");
        reused = counter(registry, "reused", "Slot answers reused from the written answer of the same question");
    }

    private static Counter counter(MeterRegistry registry, String source, String description) {
        return Counter.builder("clinic.slot.answers").tag("source", source).description(description).register(registry);
    }

    /** Every computed answer goes through here, cached or not (a search at the end of the clinic's day is never cached). */
    Answer computed(Supplier<Answer> compute) {
        Answer answer = compute.get();
        computed.increment();
        return answer;
    }

    byte[] answer(Question question, SearchSnapshot snapshot, Supplier<Answer> compute) {
        long version = heldTime.version();
        if (!HeldTimeCache.settled(version)) {
            return computed(compute).json();
        }
        Entry known = answers.get(question);
        if (known != null && known.snapshot() == snapshot && known.version() == version
                && System.nanoTime() - known.answer().heldReadAtNanos() < config.maxAge().toNanos()) {
            reused.increment();
            return known.answer().json();
        }
        Answer answer = computed(compute);
        if (heldTime.version() == version) {
            if (answers.size() >= MAX_ENTRIES) {
                answers.clear();
            }
            answers.put(question, new Entry(answer, snapshot, version));
        }
        return answer.json();
    }
}
