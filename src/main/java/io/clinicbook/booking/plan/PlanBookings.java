package io.clinicbook.booking.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.availability.engine.Slot;
import io.clinicbook.availability.engine.Unbookable;
import io.clinicbook.availability.search.BookableTime;
import io.clinicbook.availability.search.WindowCheck;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentEvent;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.Lifecycle;
import io.clinicbook.booking.Person;
import io.clinicbook.booking.guard.SlotGuard;
import io.clinicbook.booking.guard.SlotTaken;
import io.clinicbook.booking.idempotency.IdempotencyStore;
import io.clinicbook.booking.request.ReferenceCodes;
import io.clinicbook.booking.selfservice.ChangeWindowClosed;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.support.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Booking a plan, all or none, in one transaction: the Idempotency-Key claimed first, the plan's row locked,
 * then the rows of its practitioners in the order of their ids (so that plans sharing practitioners never
 * deadlock), every visit judged again under those locks from one read of working and held time, and only then
 * every visit inserted. One refused visit and nothing is written. And cancelling a plan from a day on.
 */
@ApplicationScoped
@Transactional
class PlanBookings {

    private static final int ALTERNATIVES = 3;

    @Inject
    Clock clock;
    @Inject
    SlotGuard guard;
    @Inject
    BookableTime bookableTime;
    @Inject
    ReferenceCodes references;
    @Inject
    Lifecycle lifecycle;
    @Inject
    IdempotencyStore idempotency;
    @Inject
    CarePlanService plans;
    @Inject
    Event<CarePlanChanged> changed;
    @Inject
    ObjectMapper json;

    /** The HTTP answer, kept as sent so that a retry with the same Idempotency-Key gets the same bytes. */
    public record Answer(int status, String location, String body, boolean replayed) {
    }

    /** Books the visits; {@code token} is null for staff ({@code actor} is then their name). */
    public Answer book(String reference, String token, String actor, PlanBooking booking, Optional<IdempotencyStore.Key> key) {
        Optional<IdempotencyStore.Replay> replay = key.flatMap(idempotency::claim);
        if (replay.isPresent()) {
            return new Answer(replay.get().status(), replay.get().location(), replay.get().body(), true);
        }
        CarePlan plan = CarePlanService.mine(reference, token, true);
        if (plan.status != PlanStatus.PROPOSED) {
            throw new Conflict("plan-already-booked", "This care plan is " + plan.status.name().toLowerCase() + "; it can be booked once.");
        }
        ServiceType service = plan.service;
        List<Instant> starts = new ArrayList<>();
        List<Practitioner> practitioners = new ArrayList<>();
        Map<String, Practitioner> bySlug = new HashMap<>();
        for (int i = 0; i < booking.visits().size(); i++) {
            PlanVisitChoice choice = booking.visits().get(i);
            starts.add(choice.start().toInstant());
            practitioners.add(practitioner(plan, choice, i, bySlug));
        }
        checkNoOverlap(service, starts, practitioners);
        guard.lockInOrder(practitioners);
        ZoneId zone = Clinic.current().zone();
        LocalDate from = starts.stream().min(Comparator.naturalOrder()).orElseThrow().atZone(zone).toLocalDate();
        LocalDate to = starts.stream().max(Comparator.naturalOrder()).orElseThrow().atZone(zone).toLocalDate();
        WindowCheck window = bookableTime.window(service, List.copyOf(new LinkedHashMap<>(bySlug).values()), from, to);
        List<PlanVisitsUnavailable.Refused> refused = new ArrayList<>();
        List<Long> refusedPractitioners = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Optional<Unbookable> why = window.verdict(practitioners.get(i).id, starts.get(i));
            if (why.isPresent()) {
                refused.add(new PlanVisitsUnavailable.Refused(i + 1, starts.get(i).atZone(zone).toOffsetDateTime(), why.get(), List.of()));
                refusedPractitioners.add(practitioners.get(i).id);
            }
        }
        if (!refused.isEmpty()) {
            throw new PlanVisitsUnavailable(service.id, refusedPractitioners, refused);
        }
        Instant now = clock.instant();
        boolean confirmAtOnce = !Clinic.current().requiresConfirmation;
        for (int i = 0; i < starts.size(); i++) {
            Appointment visit = visit(plan, practitioners.get(i), starts.get(i), confirmAtOnce, now);
            try {
                guard.write(visit, practitioners.get(i).id);
            } catch (SlotTaken taken) { // the exclusion constraint (PostgreSQL): only a bug in the rules above gets here
                throw new PlanVisitsUnavailable(service.id, List.of(practitioners.get(i).id), List.of(new PlanVisitsUnavailable.Refused(
                        i + 1, starts.get(i).atZone(zone).toOffsetDateTime(), Unbookable.TAKEN, List.of())));
            }
            lifecycle.requested(visit, now);
        }
        plan.status = PlanStatus.BOOKED;
        plan.bookedAt = now;
        plan.updatedAt = now;
        changed.fire(new CarePlanChanged(plan.id, plan.reference, CarePlanChanged.Change.BOOKED, now));
        String location = CarePlanResource.PATH + "/" + plan.reference;
        String body = serialize(plans.view(plan));
        key.ifPresent(k -> idempotency.complete(k, 201, location, body));
        return new Answer(201, location, body, false);
    }

    /** Cancels the plan's visits on and after {@code from} (clinic-local); a patient only outside the cancellation cut-off. */
    public CarePlanView cancel(String reference, String token, String actor, PlanCancellation cancellation) {
        CarePlan plan = CarePlanService.mine(reference, token, true);
        if (plan.status != PlanStatus.BOOKED) {
            throw new Conflict("plan-not-booked", "This care plan is " + plan.status.name().toLowerCase() + "; only a booked plan can be cancelled.");
        }
        Clinic clinic = Clinic.current();
        Instant now = clock.instant();
        Instant from = cancellation.from().atStartOfDay(clinic.zone()).toInstant();
        String reason = Objects.requireNonNullElse(Text.trimmedOrNull(cancellation.reason()), "The care plan was cancelled from " + cancellation.from());
        for (Appointment visit : Appointment.ofPlan(plan.id)) {
            if (visit.startsAt.isBefore(from) || !visit.status.holdsTime()) {
                continue;
            }
            if (token != null && now.isAfter(visit.startsAt.minus(Duration.ofHours(clinic.cancellationCutoffHours)))) {
                throw new ChangeWindowClosed(clinic.cancellationCutoffHours, clinic.phone);
            }
            Appointment.getEntityManager().lock(visit, LockModeType.PESSIMISTIC_WRITE);
            lifecycle.move(visit, AppointmentStatus.CANCELLED, token == null ? actor : AppointmentEvent.PATIENT, reason, now);
        }
        plan.status = PlanStatus.CANCELLED;
        plan.cancelledFrom = cancellation.from();
        plan.updatedAt = now;
        changed.fire(new CarePlanChanged(plan.id, plan.reference, CarePlanChanged.Change.CANCELLED, now));
        return plans.view(plan);
    }

    /** The refused visits with free times near each; run after the failed transaction ended. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanVisitsUnavailable withAlternatives(PlanVisitsUnavailable problem) {
        ServiceType service = ServiceType.findById(problem.serviceId());
        List<PlanVisitsUnavailable.Refused> visits = new ArrayList<>();
        for (int i = 0; i < problem.visits().size(); i++) {
            Practitioner practitioner = Practitioner.findById(problem.practitionerIds().get(i));
            List<Slot> next = bookableTime.nextFree(service, Optional.of(practitioner), problem.startOf(i), ALTERNATIVES);
            visits.add(problem.visits().get(i).withAlternatives(next));
        }
        return problem.withAlternatives(visits);
    }

    private static Practitioner practitioner(CarePlan plan, PlanVisitChoice choice, int i, Map<String, Practitioner> bySlug) {
        if (choice.practitioner() == null) {
            if (plan.practitioner == null) {
                throw new InvalidParameter("visits[" + i + "].practitioner",
                        "This plan may be with any practitioner: please give each visit's practitioner, as the proposal does.");
            }
            bySlug.putIfAbsent(plan.practitioner.slug, plan.practitioner);
            return plan.practitioner;
        }
        Practitioner found = bySlug.get(choice.practitioner());
        if (found == null) {
            found = Practitioner.findBySlug(choice.practitioner()).filter(p -> p.active)
                    .orElseThrow(() -> new InvalidParameter("visits[" + i + "].practitioner", "There is no practitioner '" + choice.practitioner() + "'."));
            bySlug.put(found.slug, found);
        }
        return found;
    }

    /** Two visits of the plan with one practitioner must not overlap, buffers included. */
    private static void checkNoOverlap(ServiceType service, List<Instant> starts, List<Practitioner> practitioners) {
        Duration held = service.bufferBefore().plus(service.duration()).plus(service.bufferAfter());
        for (int i = 0; i < starts.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (practitioners.get(i) == practitioners.get(j) && Duration.between(starts.get(j), starts.get(i)).abs().compareTo(held) < 0) {
                    throw new InvalidParameter("visits[" + i + "].start", "Visit " + (i + 1) + " overlaps visit " + (j + 1) + " of this plan.");
                }
            }
        }
    }

    private Appointment visit(CarePlan plan, Practitioner practitioner, Instant start, boolean confirmAtOnce, Instant now) {
        Appointment visit = new Appointment();
        visit.service = plan.service;
        visit.practitioner = practitioner;
        visit.reference = references.issue();
        visit.placeAt(start);
        visit.patient = Person.copyOf(plan.patient);
        visit.patientDateOfBirth = plan.patientDateOfBirth;
        visit.contact = Person.copyOf(plan.contact);
        visit.contactRelationship = plan.contactRelationship;
        visit.reason = "Care plan " + plan.reference;
        visit.newPatient = plan.newPatient;
        visit.locale = plan.locale;
        visit.patientTimeZone = plan.patientTimeZone;
        visit.consentToContact = plan.consentToContact;
        visit.manageTokenHash = plan.manageTokenHash;
        visit.carePlanId = plan.id;
        visit.status = Lifecycle.firstStatus(confirmAtOnce);
        visit.createdAt = now;
        visit.updatedAt = now;
        return visit;
    }

    private String serialize(CarePlanView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A CarePlanView always serializes", e);
        }
    }
}
