package io.clinicbook.availability.workingtime;

import io.clinicbook.catalog.Catalogue;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.clinic.ChangesScheduling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Practitioners' weekly hours, read and replaced a whole week at a time. */
@ApplicationScoped
@Transactional
public class WorkingHoursService {

    @Inject
    Catalogue catalogue;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WeeklyHours weekOf(String practitionerSlug) {
        return new WeeklyHours(WorkingHours.weekOf(catalogue.practitioner(practitionerSlug).id));
    }

    @ChangesScheduling
    public WeeklyHours replaceWeek(String practitionerSlug, WeeklyHours week) {
        WorkingTimeRules.checkWeek(week.intervals());
        Practitioner practitioner = catalogue.practitioner(practitionerSlug);
        WorkingHours.deleteWeekOf(practitioner.id);
        week.intervals().forEach(interval -> WorkingHours.of(practitioner.id, interval).persist());
        return new WeeklyHours(WorkingHours.weekOf(practitioner.id));
    }
}
