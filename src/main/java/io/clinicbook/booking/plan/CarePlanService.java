package io.clinicbook.booking.plan;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.ManageTokens;
import io.clinicbook.booking.Person;
import io.clinicbook.booking.request.ReferenceCodes;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.clinic.ClinicService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Care plans: created by staff from a visit or the patient's details, viewed with the plan's manage token or by staff. */
@ApplicationScoped
@Transactional
class CarePlanService {

    /** The longest plan, in visits. */
    static final int MOST_VISITS = 60;

    @Inject
    Clock clock;
    @Inject
    ClinicService clinics;
    @Inject
    ReferenceCodes references;
    @Inject
    ManageTokens tokens;
    @Inject
    PlanProposer proposer;

    /** A new plan, proposed from the slot rules now; the answer carries the manage token, shown this once. */
    public CarePlanCreated create(CarePlanRequest request, String staff) {
        CarePlan plan = new CarePlan();
        plan.service = ServiceType.findBySlug(request.service()).filter(s -> s.active)
                .orElseThrow(() -> new InvalidParameter("service", "There is no service '" + request.service() + "'."));
        if (request.practitioner() != null) {
            plan.practitioner = Practitioner.findBySlug(request.practitioner()).filter(p -> p.active)
                    .orElseThrow(() -> new InvalidParameter("practitioner", "There is no practitioner '" + request.practitioner() + "'."));
        }
        patient(plan, request);
        ZoneId zone = Clinic.current().zone();
        LocalDate tomorrow = clock.instant().atZone(zone).toLocalDate().plusDays(1);
        pattern(plan, request, tomorrow);
        plan.timeOfDay = request.timeOfDay();
        String token = tokens.issue();
        plan.reference = references.issue();
        plan.manageTokenHash = ManageTokens.hash(token);
        plan.status = PlanStatus.PROPOSED;
        plan.createdBy = staff;
        plan.createdAt = clock.instant();
        plan.updatedAt = plan.createdAt;
        PlanProposer.Proposal proposal = proposer.propose(plan, candidates(plan));
        plan.persist();
        return new CarePlanCreated(token, CarePlanView.of(plan, proposed(proposal, plan), List.of(), zone));
    }

    /** The plan for staff: with a fresh proposal while proposed, with its visits once booked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CarePlanView view(String reference) {
        return view(CarePlan.findByReference(reference).orElseThrow(CarePlanService::notFound));
    }

    /** The plan for its patient, with the manage token; a wrong token is the same 404 as an unknown reference. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CarePlanView view(String reference, String token) {
        return view(mine(reference, token, false));
    }

    CarePlanView view(CarePlan plan) {
        ZoneId zone = Clinic.current().zone();
        if (plan.status == PlanStatus.PROPOSED) {
            return CarePlanView.of(plan, proposed(proposer.propose(plan, candidates(plan)), plan), List.of(), zone);
        }
        return CarePlanView.of(plan, null, Appointment.ofPlan(plan.id), zone);
    }

    /** The plan asked for: by staff ({@code token} null) or with its manage token, locked when {@code lock}. */
    static CarePlan mine(String reference, String token, boolean lock) {
        boolean staff = token == null;
        if (!staff && token.isBlank()) {
            throw new InvalidParameter(CarePlanResource.MANAGE_TOKEN, "Please send the plan's manage token in the X-Manage-Token header.");
        }
        Optional<CarePlan> found = !ReferenceCodes.looksLikeOne(reference) ? Optional.empty()
                : lock ? CarePlan.lockByReference(reference) : CarePlan.findByReference(reference);
        if (found.isEmpty() || !staff && !ManageTokens.matches(token, found.get().manageTokenHash)) {
            throw notFound();
        }
        return found.get();
    }

    static List<Practitioner> candidates(CarePlan plan) {
        return plan.practitioner != null ? List.of(plan.practitioner) : Practitioner.offering(plan.service);
    }

    private static List<ProposedVisit> proposed(PlanProposer.Proposal proposal, CarePlan plan) {
        ZoneId zone = Clinic.current().zone();
        List<ProposedVisit> visits = new ArrayList<>();
        for (PlanProposer.Slot slot : proposal.visits()) {
            visits.add(new ProposedVisit(visits.size() + 1, slot.wanted(),
                    slot.start() == null ? null : slot.start().atZone(zone).toOffsetDateTime(),
                    slot.start() == null ? null : slot.start().plus(plan.service.duration()).atZone(zone).toOffsetDateTime(),
                    slot.start() == null ? null : proposal.practitioner().slug, slot.match()));
        }
        return visits;
    }

    private void patient(CarePlan plan, CarePlanRequest request) {
        if ((request.fromVisit() == null) == (request.patient() == null)) {
            throw new InvalidParameter(request.patient() == null ? "patient" : "fromVisit",
                    "Please give either the reference of one of the patient's visits (fromVisit) or the patient's details, not both.");
        }
        if (request.fromVisit() != null) {
            Appointment visit = Optional.of(request.fromVisit()).filter(ReferenceCodes::looksLikeOne).flatMap(Appointment::findByReference)
                    .filter(a -> a.patient != null)
                    .orElseThrow(() -> new InvalidParameter("fromVisit", "There is no appointment '" + request.fromVisit() + "' with a patient's details."));
            plan.patient = Person.copyOf(visit.patient);
            plan.patientDateOfBirth = visit.patientDateOfBirth;
            plan.contact = Person.copyOf(visit.contact);
            plan.contactRelationship = visit.contactRelationship;
            plan.newPatient = request.newPatient() != null ? request.newPatient() : false;
            plan.locale = request.locale() != null ? clinics.locale(request.locale()).wanted() : visit.locale;
            plan.patientTimeZone = visit.patientTimeZone;
            plan.consentToContact = visit.consentToContact;
            return;
        }
        if (request.contact() == null && (Text.trimmedOrNull(request.patient().email()) == null || Text.trimmedOrNull(request.patient().phone()) == null)) {
            throw new InvalidParameter("patient.email", "Please give the patient's email and phone number, or a contact person who can be reached.");
        }
        plan.patient = request.patient().person();
        plan.patientDateOfBirth = request.patient().dateOfBirth();
        if (request.contact() != null) {
            plan.contact = request.contact().person();
            plan.contactRelationship = Text.trimmedOrNull(request.contact().relationship());
        }
        plan.newPatient = Boolean.TRUE.equals(request.newPatient());
        plan.locale = clinics.locale(request.locale()).wanted();
        plan.consentToContact = true;
    }

    private static void pattern(CarePlan plan, CarePlanRequest request, LocalDate tomorrow) {
        if ((request.pattern() == null) == (request.dates() == null || request.dates().isEmpty())) {
            throw new InvalidParameter("pattern", "Please give either a weekly pattern or a list of dates, not both.");
        }
        if (request.earliestStart() != null && request.earliestStart().isBefore(tomorrow)) {
            throw new InvalidParameter("earliestStart", "A plan starts tomorrow (" + tomorrow + ") at the earliest.");
        }
        if (request.pattern() != null) {
            PlanPattern pattern = request.pattern();
            if (pattern.visitsPerWeek() * pattern.weeks() > MOST_VISITS) {
                throw new InvalidParameter("pattern.weeks", "A plan has at most " + MOST_VISITS + " visits; this pattern has "
                        + pattern.visitsPerWeek() * pattern.weeks() + ".");
            }
            plan.visitsPerWeek = pattern.visitsPerWeek();
            plan.weeks = pattern.weeks();
            plan.setWeekdays(PlanTargets.weekdays(pattern));
            plan.earliestStart = request.earliestStart() != null ? request.earliestStart() : tomorrow;
            return;
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < request.dates().size(); i++) {
            LocalDate date = request.dates().get(i);
            if (date == null) {
                throw new InvalidParameter("dates[" + i + "]", "Please give a date for every visit.");
            }
            if (!dates.add(date)) {
                throw new InvalidParameter("dates[" + i + "]", date + " is given twice; a plan has at most one visit a day.");
            }
            LocalDate earliest = request.earliestStart() != null ? request.earliestStart() : tomorrow;
            if (date.isBefore(earliest)) {
                throw new InvalidParameter("dates[" + i + "]", date + " is before the plan's earliest start, " + earliest + ".");
            }
        }
        plan.setDates(List.copyOf(dates));
        plan.earliestStart = request.earliestStart() != null ? request.earliestStart() : dates.first();
    }

    static NotFound notFound() {
        return new NotFound("There is no care plan with this reference and manage token.");
    }

    Instant now() {
        return clock.instant();
    }
}
