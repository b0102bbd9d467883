package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.PractitionerKey;
import io.clinicbook.availability.engine.Schedule;
import io.clinicbook.availability.engine.ServiceTiming;
import io.clinicbook.availability.engine.Slot;
import io.clinicbook.availability.engine.SlotCalculator;
import io.clinicbook.availability.engine.SlotRules;
import io.clinicbook.availability.workingtime.WorkingTimeReader;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.ClinicService;
import io.clinicbook.clinic.ClinicSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What booking asks of availability: the slot search's own rules applied to freshly read data (never
 * the search's snapshot), inside the caller's transaction, so that a request is judged exactly as the
 * slot list was made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookableTime {

    /** Days read at a time while looking for the next free slots. */
    private static final int NEXT_FREE_WINDOW_DAYS = 14;

    @Inject
    WorkingTimeReader workingTime;
    @Inject
    HeldTime heldTime;
    @Inject
    ClinicService clinics;
    @Inject
    Clock clock;

    /**
     * Judges a visit of {@code service} at {@code start} with each candidate, from one read of their
     * working time and held time (four queries, however many candidates). {@code moving}: the
     * appointment being moved, whose own time does not count, or null.
     */
    public StartCheck check(ServiceType service, List<Practitioner> candidates, Instant start, Long moving) {
        ClinicSettings clinic = clinics.settings();
        ZoneId zone = ZoneId.of(clinic.timeZone());
        LocalDate date = start.atZone(zone).toLocalDate();
        List<Long> offering = candidates.stream().filter(p -> service.active && p.active && p.offers(service)).map(p -> p.id).toList();
        Schedule schedule = workingTime.read(zone, offering, date, date);
        SlotRules rules = rules(service, clinic);
        SlotCalculator calculator = new SlotCalculator(schedule.withTaken(heldTime.read(zone, offering, date, date, moving)), rules);
        return new StartCheck(offering, calculator, start, id -> new SlotCalculator(
                schedule.withTaken(heldTime.read(zone, List.of(id), date, date, moving)), rules));
    }

    /**
     * The slot rules over the clinic-local days [from, to] with these candidates, from one read of their
     * working time and one of their held time: for judging many visits at once (a care plan) under the
     * same rules as one booking. Read inside the caller's transaction, after its locks, for a re-check.
     */
    public WindowCheck window(ServiceType service, List<Practitioner> candidates, LocalDate from, LocalDate to) {
        ClinicSettings clinic = clinics.settings();
        ZoneId zone = ZoneId.of(clinic.timeZone());
        Map<Long, PractitionerKey> offering = new LinkedHashMap<>();
        candidates.stream().filter(p -> service.active && p.active && p.offers(service)).forEach(p -> offering.put(p.id, PractitionerKey.of(p)));
        Schedule schedule = workingTime.read(zone, offering.keySet(), from, to);
        SlotRules rules = rules(service, clinic);
        SlotCalculator calculator = new SlotCalculator(schedule.withTaken(heldTime.read(zone, offering.keySet(), from, to, null)), rules);
        return new WindowCheck(schedule, calculator, offering, zone, rules);
    }

    /**
     * Up to {@code limit} free slots for {@code service} starting after {@code after}, with this
     * practitioner or, when empty, any who offers the service; expressed in the clinic's zone.
     */
    public List<Slot> nextFree(ServiceType service, Optional<Practitioner> practitioner, Instant after, int limit) {
        List<PractitionerKey> practitioners = practitioner.map(p -> p.active && p.offers(service) ? List.of(p) : List.<Practitioner>of())
                .orElseGet(() -> Practitioner.offering(service)).stream().map(PractitionerKey::of).toList();
        List<Long> ids = practitioners.stream().map(PractitionerKey::id).toList();
        ClinicSettings clinic = clinics.settings();
        ZoneId zone = ZoneId.of(clinic.timeZone());
        List<Slot> found = new ArrayList<>();
        SlotRules rules = rules(service, clinic);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate afterDay = after.atZone(zone).toLocalDate();
        LocalDate from = afterDay.isBefore(today) ? today : afterDay;
        LocalDate lastDay = rules.lastBookableDay();
        while (service.active && !practitioners.isEmpty() && found.size() < limit && !from.isAfter(lastDay)) {
            LocalDate windowEnd = from.plusDays(NEXT_FREE_WINDOW_DAYS - 1);
            LocalDate to = windowEnd.isAfter(lastDay) ? lastDay : windowEnd;
            SlotCalculator calculator = new SlotCalculator(
                    workingTime.read(zone, ids, from, to).withTaken(heldTime.read(zone, ids, from, to, null)), rules);
            for (LocalDate date = from; !date.isAfter(to) && found.size() < limit; date = date.plusDays(1)) {
                calculator.day(date, practitioners, zone).slots().stream().filter(slot -> slot.start().toInstant().isAfter(after))
                        .limit(limit - found.size()).forEach(found::add);
            }
            from = to.plusDays(1);
        }
        return found;
    }

    private SlotRules rules(ServiceType service, ClinicSettings clinic) {
        return SlotRules.of(ServiceTiming.of(service), clinic.bookingPolicy(), ZoneId.of(clinic.timeZone()), clock.instant());
    }
}
