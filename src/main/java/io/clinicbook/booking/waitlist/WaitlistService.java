package io.clinicbook.booking.waitlist;

import io.clinicbook.availability.search.HeldTimeCache;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.ManageTokens;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Joining and leaving the waitlist, and what staff see of it. */
@ApplicationScoped
@Transactional
class WaitlistService {

    /** The most entries or offers a staff list shows, newest first. */
    static final int STAFF_LIST = 500;

    @Inject
    Clock clock;
    @Inject
    ClinicService clinics;
    @Inject
    ReferenceCodes references;
    @Inject
    ManageTokens tokens;
    @Inject
    HeldTimeCache heldTime;

    /** A new WAITING entry; the answer carries its token, shown this once. */
    public WaitlistJoined join(WaitlistRequest request) {
        Clinic clinic = Clinic.current();
        LocalDate today = clock.instant().atZone(clinic.zone()).toLocalDate();
        ServiceType service = ServiceType.findBySlug(request.service()).filter(s -> s.active)
                .orElseThrow(() -> new InvalidParameter("service", "There is no service '" + request.service() + "'."));
        Practitioner practitioner = null;
        if (request.practitioner() != null) {
            practitioner = Practitioner.findBySlug(request.practitioner()).filter(p -> p.active && p.offers(service))
                    .orElseThrow(() -> new InvalidParameter("practitioner", "There is no practitioner '" + request.practitioner()
                            + "' who offers this service."));
        }
        if (request.to().isBefore(request.from())) {
            throw new InvalidParameter("to", "The last day comes before the first day.");
        }
        if (request.to().isBefore(today)) {
            throw new InvalidParameter("to", "The last day has passed; today is " + today + " at the clinic.");
        }
        if (request.latestStart().isBefore(request.earliestStart())) {
            throw new InvalidParameter("latestStart", "The latest start comes before the earliest start.");
        }
        if (Text.trimmedOrNull(request.patient().email()) == null || Text.trimmedOrNull(request.patient().phone()) == null) {
            throw new InvalidParameter("patient.email", "Please give the patient's email and phone number: offers are sent by email.");
        }
        if (!service.audience.admits(request.newPatient())) {
            throw new InvalidParameter("newPatient", "This service is not for " + (request.newPatient() ? "new" : "returning") + " patients.");
        }
        Instant now = clock.instant();
        WaitlistEntry entry = new WaitlistEntry();
        String token = tokens.issue();
        entry.reference = references.issue();
        entry.tokenHash = ManageTokens.hash(token);
        entry.service = service;
        entry.practitioner = practitioner;
        entry.fromDate = request.from().isBefore(today) ? today : request.from();
        entry.toDate = request.to();
        entry.earliestStart = request.earliestStart();
        entry.latestStart = request.latestStart();
        entry.status = WaitlistEntry.Status.WAITING;
        entry.patient = request.patient().person();
        entry.newPatient = request.newPatient();
        entry.locale = clinics.locale(request.locale()).wanted();
        entry.consentToContact = request.consentToContact();
        entry.createdAt = now;
        entry.updatedAt = now;
        entry.persist();
        return new WaitlistJoined(token, WaitlistEntryView.of(entry));
    }

    /** Leaves the waitlist with the entry's token; an open offer ends with it and its time is free again. */
    public void leave(String reference, String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidParameter(WaitlistResource.ENTRY_TOKEN, "Please send the entry's token in the X-Waitlist-Token header.");
        }
        WaitlistEntry entry = (ReferenceCodes.looksLikeOne(reference) ? WaitlistEntry.lockByReference(reference) : Optional.<WaitlistEntry>empty())
                .filter(e -> ManageTokens.matches(token, e.tokenHash))
                .orElseThrow(() -> new NotFound("There is no waitlist entry with this reference and token."));
        Instant now = clock.instant();
        for (WaitlistOffer offer : WaitlistOffer.ofEntry(entry.id)) {
            if (offer.status == WaitlistOffer.Status.OPEN) {
                offer.end(WaitlistOffer.Status.DECLINED, now);
                heldTime.changing();
            }
        }
        entry.end(WaitlistEntry.Status.LEFT, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffEntryView> entries() {
        return WaitlistEntry.<WaitlistEntry>find("from WaitlistEntry e join fetch e.service left join fetch e.practitioner order by e.id desc").page(0, STAFF_LIST).list().stream().map(StaffEntryView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffOfferView> offers() {
        List<WaitlistOffer> offers = WaitlistOffer.<WaitlistOffer>find("from WaitlistOffer o join fetch o.entry join fetch o.practitioner order by o.id desc").page(0, STAFF_LIST).list();
        List<Long> booked = offers.stream().map(o -> o.appointmentId).filter(Objects::nonNull).toList();
        Map<Long, String> references = booked.isEmpty() ? Map.of() : Appointment.<Appointment>list("id in ?1", booked).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.reference));
        ZoneId zone = Clinic.current().zone();
        return offers.stream().map(o -> StaffOfferView.of(o, o.appointmentId == null ? null : references.get(o.appointmentId), zone)).toList();
    }
}
