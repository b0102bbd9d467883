package io.clinicbook.availability;

import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.Clinic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Bookable time: the days of a slot search, and the same rules for booking ({@link BookableTime}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Availability implements BookableTime {

    /** Days read at a time while looking for the next free slots. */
    private static final int NEXT_FREE_WINDOW_DAYS = 14;

    @Inject
    ScheduleLoader schedules;
    @Inject
    Clock clock;

    /** Each day from {@code from} to {@code to} with these practitioners, who all offer the service. */
    public List<SlotDay> days(Clinic clinic, ServiceType service, List<Practitioner> practitioners, LocalDate from, LocalDate to,
            ZoneId shownIn) {
        Schedule schedule = schedules.load(clinic.zone(), practitioners.stream().map(p -> p.id).toList(), from, to, Set.of());
        SlotCalculator calculator = new SlotCalculator(schedule, SlotRules.of(service, clinic, clock.instant()));
        return from.datesUntil(to.plusDays(1)).map(date -> calculator.day(date, practitioners, shownIn)).toList();
    }

    @Override
    public Optional<Unbookable> whyNot(ServiceType service, Practitioner practitioner, Instant start, Set<Long> ignoredAppointments) {
        if (!service.active || !practitioner.active || !practitioner.offers(service)) {
            return Optional.of(Unbookable.NOT_OFFERED);
        }
        Clinic clinic = Clinic.current();
        LocalDate date = start.atZone(clinic.zone()).toLocalDate();
        Schedule schedule = schedules.load(clinic.zone(), List.of(practitioner.id), date, date, ignoredAppointments);
        return new SlotCalculator(schedule, SlotRules.of(service, clinic, clock.instant())).whyNot(practitioner.id, start);
    }

    @Override
    public List<Slot> nextFree(ServiceType service, Optional<Practitioner> practitioner, Instant after, int limit) {
        List<Practitioner> practitioners = practitioner.map(p -> p.active && p.offers(service) ? List.of(p) : List.<Practitioner>of())
                .orElseGet(() -> Practitioner.offering(service));
        Clinic clinic = Clinic.current();
        LocalDate lastDay = SlotRules.of(service, clinic, clock.instant()).lastBookableDay();
        List<Slot> found = new ArrayList<>();
        LocalDate from = after.atZone(clinic.zone()).toLocalDate();
        while (service.active && !practitioners.isEmpty() && found.size() < limit && !from.isAfter(lastDay)) {
            LocalDate to = from.plusDays(NEXT_FREE_WINDOW_DAYS - 1);
            for (SlotDay day : days(clinic, service, practitioners, from, to.isAfter(lastDay) ? lastDay : to, clinic.zone())) {
                day.slots().stream().filter(slot -> slot.start().toInstant().isAfter(after))
                        .limit(limit - found.size()).forEach(found::add);
            }
            from = to.plusDays(1);
        }
        return found;
    }
}
