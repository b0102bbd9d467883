package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.PractitionerKey;
import io.clinicbook.availability.engine.Schedule;
import io.clinicbook.availability.engine.ServiceTiming;
import io.clinicbook.availability.engine.SlotCalculator;
import io.clinicbook.availability.engine.SlotDay;
import io.clinicbook.availability.engine.SlotRules;
import io.clinicbook.availability.search.AvailableSlots;
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

/**
 * The public slot search: checks the query, then applies the rules to the cached {@link SearchSnapshot} and the
 * time appointments hold in the range, from the {@link HeldTimeCache} (one query when it has to be read).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlotSearch {

    static final int MAX_DAYS = 31;
    static final int DEFAULT_DAYS = 7;

    @Inject
    SnapshotCache snapshots;
    @Inject
    HeldTimeCache heldTime;
    @Inject
    Clock clock;

    public AvailableSlots search(String serviceSlug, String from, String to, String practitionerSlug, String tz) {
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

        Schedule schedule = snapshot.workingTime().withTaken(
                heldTime.read(snapshot.zone(), practitioners.stream().map(PractitionerKey::id).toList(), first, last));
        SlotCalculator calculator = new SlotCalculator(schedule, SlotRules.of(service, snapshot.clinic().bookingPolicy(), snapshot.zone(), now));
        List<SlotDay> days = first.datesUntil(last.plusDays(1)).map(date -> calculator.day(date, practitioners, shownIn)).toList();
        return new AvailableSlots(service.slug(), practitioner, shownIn.getId(), snapshot.clinic().timeZone(), first, last,
                snapshot.clinic().phone(), days);
    }

    private static List<PractitionerKey> offering(SearchSnapshot snapshot, String slug, ServiceTiming service) {
        SearchSnapshot.Offer offer = snapshot.activePractitioner(slug).orElseThrow(() -> new NotFound("There is no practitioner '" + slug + "'."));
        return offer.services().contains(service.id()) ? List.of(offer.practitioner()) : List.of();
    }
}
