package io.clinicbook.availability;

import io.clinicbook.catalog.Catalogue;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.problem.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The public slot search: reads and checks the query, then asks {@link Availability} for the days. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlotSearch {

    static final int MAX_DAYS = 31;
    static final int DEFAULT_DAYS = 7;

    @Inject
    Catalogue catalogue;
    @Inject
    Availability availability;
    @Inject
    Clock clock;

    public AvailableSlots search(String serviceSlug, String from, String to, String practitionerSlug, String tz) {
        if (serviceSlug == null || serviceSlug.isBlank()) {
            throw new InvalidParameter("service", "Please say which service to find slots for, such as service=follow-up-adjustment.");
        }
        Clinic clinic = Clinic.current();
        LocalDate today = clock.instant().atZone(clinic.zone()).toLocalDate();
        LocalDate first = QueryParameters.date(from, "from", today);
        LocalDate last = QueryParameters.date(to, "to", first.plusDays(DEFAULT_DAYS - 1));
        if (last.isBefore(first)) {
            throw new InvalidParameter("to", "The last day (to) cannot be before the first day (from).");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidParameter("to", "A search covers at most " + MAX_DAYS + " days; ask for the rest in another search.");
        }
        ZoneId shownIn = QueryParameters.zone(tz, "tz", clinic.zone());
        ServiceType service = catalogue.activeService(serviceSlug.trim());
        List<Practitioner> practitioners = practitionerSlug == null || practitionerSlug.isBlank() ? Practitioner.offering(service)
                : offering(catalogue.activePractitioner(practitionerSlug.trim()), service);
        List<SlotDay> days = availability.days(clinic, service, practitioners, first, last, shownIn);
        return new AvailableSlots(service.slug, practitionerSlug == null || practitionerSlug.isBlank() ? null : practitionerSlug.trim(),
                shownIn.getId(), clinic.timeZone, first, last, clinic.phone, days);
    }

    private static List<Practitioner> offering(Practitioner practitioner, ServiceType service) {
        return practitioner.offers(service) ? List.of(practitioner) : List.of();
    }
}
