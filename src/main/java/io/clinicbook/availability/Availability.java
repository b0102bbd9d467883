package io.clinicbook.availability;

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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link BookableTime} for booking: the slot search's rules applied to freshly read data, inside the
 * caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Availability implements BookableTime {

    /** Days read at a time while looking for the next free slots. */
    private static final int NEXT_FREE_WINDOW_DAYS = 14;

    @Inject
    ScheduleLoader schedules;
    @Inject
    ClinicService clinics;
    @Inject
    Clock clock;

    @Override
    public Optional<Unbookable> whyNot(ServiceType service, Practitioner practitioner, Instant start, Set<Long> ignoredAppointments) {
        if (!service.active || !practitioner.active || !practitioner.offers(service)) {
            return Optional.of(Unbookable.NOT_OFFERED);
        }
        ClinicSettings clinic = clinics.settings();
        ZoneId zone = ZoneId.of(clinic.timeZone());
        LocalDate date = start.atZone(zone).toLocalDate();
        Schedule schedule = schedules.load(zone, List.of(practitioner.id), date, date, ignoredAppointments);
        return new SlotCalculator(schedule, rules(service, clinic)).whyNot(practitioner.id, start);
    }

    @Override
    public List<Slot> nextFree(ServiceType service, Optional<Practitioner> practitioner, Instant after, int limit) {
        List<PractitionerKey> practitioners = practitioner.map(p -> p.active && p.offers(service) ? List.of(p) : List.<Practitioner>of())
                .orElseGet(() -> Practitioner.offering(service)).stream().map(PractitionerKey::of).toList();
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
                    schedules.load(zone, practitioners.stream().map(PractitionerKey::id).toList(), from, to, Set.of()), rules);
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
