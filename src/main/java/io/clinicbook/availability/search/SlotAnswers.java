package io.clinicbook.availability.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * before it offers exactly the starts its end does.
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

    @Inject
    HeldTimeCache heldTime;
    @Inject
    HeldTimeConfig config;

    private final Map<Question, Entry> answers = new ConcurrentHashMap<>();

    byte[] answer(Question question, SearchSnapshot snapshot, Supplier<Answer> compute) {
        long version = heldTime.version();
        if (!HeldTimeCache.settled(version)) {
            return compute.get().json();
        }
        Entry known = answers.get(question);
        if (known != null && known.snapshot() == snapshot && known.version() == version
                && System.nanoTime() - known.answer().heldReadAtNanos() < config.maxAge().toNanos()) {
            return known.answer().json();
        }
        Answer answer = compute.get();
        if (heldTime.version() == version) {
            if (answers.size() >= MAX_ENTRIES) {
                answers.clear();
            }
            answers.put(question, new Entry(answer, snapshot, version));
        }
        return answer.json();
    }
}
