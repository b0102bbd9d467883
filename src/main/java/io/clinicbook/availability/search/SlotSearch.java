package io.clinicbook.availability.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.availability.engine.PractitionerKey;
import io.clinicbook.availability.engine.ServiceTiming;
import io.clinicbook.availability.engine.SlotCalculator;
import io.clinicbook.availability.engine.SlotDay;
import io.clinicbook.availability.engine.SlotRules;
import io.clinicbook.availability.workingtime.QueryParameters;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import io.clinicbook.support.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * The public slot search: checks the query, then applies the rules to the cached {@link SearchSnapshot} and the
 * time appointments hold in the range, from the {@link HeldTimeCache} (one query when it has to be read), and
 * writes the answer as JSON day by day, which {@link SlotAnswers} keeps for the searches that ask for the same days.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SlotSearch {

    static final int MAX_DAYS = 31;
    static final int DEFAULT_DAYS = 7;

    @Inject
    SnapshotCache snapshots;
    @Inject
    HeldTimeCache heldTime;
    @Inject
    SlotAnswers answers;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** The answer as JSON: an {@link AvailableSlots}. */
    public byte[] search(String serviceSlug, String from, String to, String practitionerSlug, String tz) {
        if (serviceSlug == null || serviceSlug.isBlank()) {
            throw new InvalidParameter("service", "Please say which service to find slots for, such as service=follow-up-adjustment.");
        }
        SearchSnapshot snapshot = snapshots.current();
        Instant now = clock.instant();
        LocalDate first = QueryParameters.date(from, "from", now.atZone(snapshot.zone()).toLocalDate());
        LocalDate last = QueryParameters.date(to, "to", first.plusDays(DEFAULT_DAYS - 1));
        if (last.isBefore(first)) {
            throw new InvalidParameter("to", "The last day (to) cannot be before the first day (from).");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidParameter("to", "A search covers at most " + MAX_DAYS + " days; ask for the rest in another search.");
        }
        ZoneId shownIn = QueryParameters.zone(tz, "tz", snapshot.zone());
        String slug = serviceSlug.trim();
        ServiceTiming service = snapshot.activeService(slug).orElseThrow(() -> new NotFound("There is no service '" + slug + "'."));
        String practitioner = Text.trimmedOrNull(practitionerSlug);
        List<PractitionerKey> practitioners = practitioner == null ? snapshot.offering(service) : offering(snapshot, practitioner, service);

        Instant minute = endOfMinute(now);
        boolean minuteInDay = minute.atZone(snapshot.zone()).toLocalDate().equals(now.atZone(snapshot.zone()).toLocalDate());
        SlotAnswers.Question question = new SlotAnswers.Question(service.slug(), practitioner, first, last, shownIn, minuteInDay ? minute : now);
        Function<List<LocalDate>, SlotAnswers.Written> compute = dates -> compute(snapshot, service, practitioners, dates, shownIn, question.minute());
        // When the clinic's day ends within the minute, the last bookable day moves with it: nothing is kept.
        List<byte[]> days = minuteInDay ? answers.answer(question, snapshot, compute) : answers.computed(question.dates(), compute);
        AvailableSlots slots = new AvailableSlots(service.slug(), practitioner, shownIn.getId(), snapshot.clinic().timeZone(), first, last,
                snapshot.clinic().phone(), List.of());
        return withDays(write(slots), days);
    }

    private SlotAnswers.Written compute(SearchSnapshot snapshot, ServiceTiming service, List<PractitionerKey> practitioners,
                                        List<LocalDate> dates, ZoneId shownIn, Instant now) {
        HeldTimeCache.Read held = heldTime.read(snapshot.zone(), practitioners.stream().map(PractitionerKey::id).toList(),
                dates.get(0), dates.get(dates.size() - 1));
        SlotCalculator calculator = new SlotCalculator(snapshot.workingTime().withTaken(held.held()),
                SlotRules.of(service, snapshot.clinic().bookingPolicy(), snapshot.zone(), now));
        return new SlotAnswers.Written(dates.stream().map(date -> write(calculator.day(date, practitioners, shownIn))).toList(), held.readAtNanos());
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Slots always serialize", e);
        }
    }

    /**
     * The answer as Jackson writes it whole: the answer written with no days ends in {@code []}} (days is its
     * last property), and the days go between the brackets.
     */
    private static byte[] withDays(byte[] withoutDays, List<byte[]> days) {
        int open = withoutDays.length - 2;
        if (withoutDays[open] != ']' || withoutDays[open + 1] != '}') {
            throw new IllegalStateException("The answer's days are not its last property");
        }
        int length = withoutDays.length + Math.max(days.size() - 1, 0);
        for (byte[] day : days) {
            length += day.length;
        }
        byte[] answer = new byte[length];
        System.arraycopy(withoutDays, 0, answer, 0, open);
        int at = open;
        for (int i = 0; i < days.size(); i++) {
            if (i > 0) {
                answer[at++] = ',';
            }
            System.arraycopy(days.get(i), 0, answer, at, days.get(i).length);
            at += days.get(i).length;
        }
        answer[at++] = ']';
        answer[at] = '}';
        return answer;
    }

    /** The end of the minute {@code now} is in; {@code now} itself when it is a whole minute. */
    private static Instant endOfMinute(Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.MINUTES);
        return start.equals(now) ? now : start.plus(1, ChronoUnit.MINUTES);
    }

    private static List<PractitionerKey> offering(SearchSnapshot snapshot, String slug, ServiceTiming service) {
        SearchSnapshot.Offer offer = snapshot.activePractitioner(slug).orElseThrow(() -> new NotFound("There is no practitioner '" + slug + "'."));
        return offer.services().contains(service.id()) ? List.of(offer.practitioner()) : List.of();
    }
}
