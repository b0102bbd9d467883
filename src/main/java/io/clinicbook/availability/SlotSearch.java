package io.clinicbook.availability;

import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The public slot search: checks the query, then applies the rules to the cached {@link Setup} and the
 * appointments of the range, read with one query.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlotSearch {

    static final int MAX_DAYS = 31;
    static final int DEFAULT_DAYS = 7;

    @Inject
    SetupCache setups;
    @Inject
    ScheduleLoader schedules;
    @Inject
    Clock clock;

    public AvailableSlots search(String serviceSlug, String from, String to, String practitionerSlug, String tz) {
        if (serviceSlug == null || serviceSlug.isBlank()) {
            throw new InvalidParameter("service", "Please say which service to find slots for, such as service=follow-up-adjustment.");
        }
        Setup setup = setups.current();
        Instant now = clock.instant();
        LocalDate first = QueryParameters.date(from, "from", now.atZone(setup.zone()).toLocalDate());
        LocalDate last = QueryParameters.date(to, "to", first.plusDays(DEFAULT_DAYS - 1));
        if (last.isBefore(first)) {
            throw new InvalidParameter("to", "The last day (to) cannot be before the first day (from).");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidParameter("to", "A search covers at most " + MAX_DAYS + " days; ask for the rest in another search.");
        }
        ZoneId shownIn = QueryParameters.zone(tz, "tz", setup.zone());
        String slug = serviceSlug.trim();
        ServiceTiming service = setup.activeService(slug).orElseThrow(() -> new NotFound("There is no service '" + slug + "'."));
        String practitioner = practitionerSlug == null || practitionerSlug.isBlank() ? null : practitionerSlug.trim();
        List<PractitionerKey> practitioners = practitioner == null ? setup.offering(service) : offering(setup, practitioner, service);

        Schedule schedule = setup.workingTime().withTaken(
                schedules.takenForSearch(setup.zone(), practitioners.stream().map(PractitionerKey::id).toList(), first, last));
        SlotCalculator calculator = new SlotCalculator(schedule, SlotRules.of(service, setup.clinic().bookingPolicy(), setup.zone(), now));
        List<SlotDay> days = first.datesUntil(last.plusDays(1)).map(date -> calculator.day(date, practitioners, shownIn)).toList();
        return new AvailableSlots(service.slug(), practitioner, shownIn.getId(), setup.clinic().timeZone(), first, last,
                setup.clinic().phone(), days);
    }

    private static List<PractitionerKey> offering(Setup setup, String slug, ServiceTiming service) {
        Setup.Offer offer = setup.activePractitioner(slug).orElseThrow(() -> new NotFound("There is no practitioner '" + slug + "'."));
        return offer.services().contains(service.id()) ? List.of(offer.practitioner()) : List.of();
    }
}
