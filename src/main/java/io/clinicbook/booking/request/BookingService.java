package io.clinicbook.booking.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.availability.engine.Slot;
import io.clinicbook.availability.search.BookableTime;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.Lifecycle;
import io.clinicbook.booking.ManageTokens;
import io.clinicbook.booking.guard.SlotGuard;
import io.clinicbook.booking.guard.SlotTaken;
import io.clinicbook.booking.idempotency.IdempotencyStore;
import io.clinicbook.catalog.Audience;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.clinic.ClinicService;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.PolicyViolation;
import io.clinicbook.support.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** New appointment requests: the booking transaction. */
@ApplicationScoped
@Transactional
public class BookingService {

    private static final int SUGGESTED_SLOTS = 3;

    @Inject
    Clock clock;
    @Inject
    SlotGuard guard;
    @Inject
    ReferenceCodes references;
    @Inject
    ManageTokens tokens;
    @Inject
    Lifecycle lifecycle;
    @Inject
    ClinicService clinics;
    @Inject
    IdempotencyStore idempotency;
    @Inject
    BookableTime bookableTime;
    @Inject
    ObjectMapper json;

    /**
     * Books the visit if its time is still free under the practitioner's lock (with no practitioner
     * asked for, the first offering one who is free). With an Idempotency-Key, the key is claimed first
     * and the response stored in the same commit as the appointment; a key already answered is replayed.
     */
    public BookingResponse request(BookingRequest request, Optional<IdempotencyStore.Key> key) {
        Optional<IdempotencyStore.Replay> replay = key.flatMap(idempotency::claim);
        if (replay.isPresent()) {
            return BookingResponse.replaying(replay.get());
        }
        ServiceType service = ServiceType.findBySlug(request.service()).filter(s -> s.active)
                .orElseThrow(() -> new InvalidParameter("service", "There is no service '" + request.service() + "'."));
        if (!service.audience.admits(request.newPatient())) {
            throw new PolicyViolation("audience", audienceSentence(service.audience))
                    .translated(service.audience == Audience.NEW_PATIENTS ? "audience.new" : "audience.returning");
        }
        Appointment appointment = draft(request, service);
        Instant start = request.start().toInstant();
        Long asked = null;
        List<Practitioner> candidates;
        if (request.practitioner() != null) {
            Practitioner practitioner = Practitioner.findBySlug(request.practitioner()).filter(p -> p.active)
                    .orElseThrow(() -> new InvalidParameter("practitioner", "There is no practitioner '" + request.practitioner() + "'."));
            asked = practitioner.id;
            candidates = List.of(practitioner);
        } else {
            candidates = Practitioner.offering(service);
        }
        Practitioner chosen = guard.lockFirstFree(candidates, service, start, null, asked);
        return book(appointment, chosen, start, asked, key);
    }

    /** Up to three free slots for the service of a request that found its time taken; run after that transaction ended. */
    public List<Slot> nextFree(SlotTaken taken) {
        ServiceType service = ServiceType.findById(taken.serviceId());
        Optional<Practitioner> practitioner = Optional.ofNullable(taken.practitionerId()).map(id -> Practitioner.<Practitioner>findById(id));
        return bookableTime.nextFree(service, practitioner, taken.start(), SUGGESTED_SLOTS);
    }

    private BookingResponse book(Appointment appointment, Practitioner practitioner, Instant start, Long asked,
                         Optional<IdempotencyStore.Key> key) {
        Instant now = clock.instant();
        Clinic clinic = Clinic.current();
        String token = tokens.issue();
        appointment.reference = references.next();
        appointment.practitioner = practitioner;
        appointment.placeAt(start);
        appointment.manageTokenHash = ManageTokens.hash(token);
        appointment.status = Lifecycle.firstStatus(!clinic.requiresConfirmation);
        appointment.createdAt = now;
        appointment.updatedAt = now;
        guard.write(appointment, asked);
        lifecycle.requested(appointment, now);

        AppointmentCreated created = new AppointmentCreated(appointment.reference, appointment.status,
                appointment.service.slug, practitioner.slug, appointment.startsAt.atZone(clinic.zone()).toOffsetDateTime(),
                appointment.endsAt.atZone(clinic.zone()).toOffsetDateTime(), token);
        String location = AppointmentResource.PATH + "/" + appointment.reference;
        String body = serialize(created);
        key.ifPresent(k -> idempotency.complete(k, 201, location, body));
        return new BookingResponse(201, location, body, false);
    }

    private Appointment draft(BookingRequest request, ServiceType service) {
        Appointment appointment = new Appointment();
        appointment.service = service;
        appointment.patient = request.patient().person();
        appointment.patientDateOfBirth = request.patient().dateOfBirth();
        if (request.contact() != null) {
            appointment.contact = request.contact().person();
            appointment.contactRelationship = Text.trimmedOrNull(request.contact().relationship());
        }
        appointment.reason = Text.trimmedOrNull(request.reason());
        appointment.newPatient = request.newPatient();
        appointment.locale = clinics.locale(request.locale()).wanted();
        appointment.patientTimeZone = request.patientTimeZone();
        appointment.consentToContact = request.consentToContact();
        return appointment;
    }

    private String serialize(AppointmentCreated created) {
        try {
            return json.writeValueAsString(created);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An AppointmentCreated always serializes", e);
        }
    }


    private static String audienceSentence(Audience audience) {
        return audience == Audience.NEW_PATIENTS
                ? "This service is for new patients. Returning patients can book a follow-up visit."
                : "This service is for returning patients. New patients start with a new-patient visit.";
    }
}
