package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.workingtime.QueryParameters;
import io.clinicbook.catalog.Catalogue;
import io.clinicbook.clinic.ChangesScheduling;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Practitioners' time off and the clinic's closures. */
@ApplicationScoped
@Transactional
public class OffPeriodService {

    @Inject
    Catalogue catalogue;
    @Inject
    Clock clock;

    /** Time off touching [from, to]; by default what is not over yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OffPeriod> timeOff(String practitionerSlug, String from, String to) {
        long practitioner = catalogue.practitioner(practitionerSlug).id;
        return TimeOff.ofPractitioner(practitioner, fromOrToday(from), QueryParameters.date(to, "to", WorkingTimeRules.LATEST_DATE)).stream()
                .map(Absence::period).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OffPeriod timeOff(String practitionerSlug, long id) {
        return findTimeOff(practitionerSlug, id).period();
    }

    @ChangesScheduling
    public OffPeriod addTimeOff(String practitionerSlug, OffPeriod period) {
        WorkingTimeRules.checkPeriod(period);
        TimeOff timeOff = new TimeOff();
        timeOff.practitionerId = catalogue.practitioner(practitionerSlug).id;
        timeOff.apply(period);
        timeOff.persist();
        return timeOff.period();
    }

    @ChangesScheduling
    public OffPeriod updateTimeOff(String practitionerSlug, long id, OffPeriod period) {
        WorkingTimeRules.checkPeriod(period);
        TimeOff timeOff = findTimeOff(practitionerSlug, id);
        timeOff.apply(period);
        return timeOff.period();
    }

    @ChangesScheduling
    public void deleteTimeOff(String practitionerSlug, long id) {
        findTimeOff(practitionerSlug, id).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OffPeriod> closures(String from, String to) {
        return Closure.touching(fromOrToday(from), QueryParameters.date(to, "to", WorkingTimeRules.LATEST_DATE)).stream().map(Absence::period).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OffPeriod closure(long id) {
        return findClosure(id).period();
    }

    @ChangesScheduling
    public OffPeriod addClosure(OffPeriod period) {
        WorkingTimeRules.checkPeriod(period);
        Closure closure = new Closure();
        closure.apply(period);
        closure.persist();
        return closure.period();
    }

    @ChangesScheduling
    public OffPeriod updateClosure(long id, OffPeriod period) {
        WorkingTimeRules.checkPeriod(period);
        Closure closure = findClosure(id);
        closure.apply(period);
        return closure.period();
    }

    @ChangesScheduling
    public void deleteClosure(long id) {
        findClosure(id).delete();
    }

    private TimeOff findTimeOff(String practitionerSlug, long id) {
        return TimeOff.findOf(catalogue.practitioner(practitionerSlug).id, id)
                .orElseThrow(() -> new NotFound("There is no time off " + id + " of '" + practitionerSlug + "'."));
    }

    private static Closure findClosure(long id) {
        return Closure.<Closure>findByIdOptional(id).orElseThrow(() -> new NotFound("There is no closure " + id + "."));
    }

    private LocalDate fromOrToday(String from) {
        return QueryParameters.date(from, "from", clock.instant().atZone(Clinic.current().zone()).toLocalDate());
    }
}
