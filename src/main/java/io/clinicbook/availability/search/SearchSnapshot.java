package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.PractitionerKey;
import io.clinicbook.availability.engine.Schedule;
import io.clinicbook.availability.engine.ServiceTiming;
import io.clinicbook.clinic.ClinicSettings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What slot searches read but seldom changes, as one immutable snapshot: the clinic's settings, the
 * services, the active practitioners (in display order) with the services they offer, and the
 * working time (hours, time off, closures) from {@code coversFrom} on. Appointments are not in it.
 */
record SearchSnapshot(ClinicSettings clinic, ZoneId zone, Map<String, ServiceTiming> services, List<Offer> practitioners,
             Schedule workingTime, LocalDate coversFrom) {

    /** An active practitioner and the ids of the services they offer. */
    record Offer(PractitionerKey practitioner, Set<Long> services) {
    }

    Optional<ServiceTiming> activeService(String slug) {
        return Optional.ofNullable(services.get(slug)).filter(ServiceTiming::active);
    }

    Optional<Offer> activePractitioner(String slug) {
        return practitioners.stream().filter(offer -> offer.practitioner().slug().equals(slug)).findFirst();
    }

    List<PractitionerKey> offering(ServiceTiming service) {
        return practitioners.stream().filter(offer -> offer.services().contains(service.id())).map(Offer::practitioner).toList();
    }
}
