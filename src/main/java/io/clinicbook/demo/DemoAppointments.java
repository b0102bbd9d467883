package io.clinicbook.demo;

import io.clinicbook.booking.metrics.BookingMetrics;
import io.clinicbook.availability.engine.Slot;
import io.clinicbook.availability.search.BookableTime;
import io.clinicbook.booking.request.BookingRequest;
import io.clinicbook.booking.request.BookingService;
import io.clinicbook.booking.request.ContactDetails;
import io.clinicbook.booking.request.PatientDetails;
import io.clinicbook.catalog.ServiceType;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A few appointments of invented patients in the demo clinic, booked through the real booking path
 * into its first free slots, so that the staff queue has something to show. Runs after the demo
 * working hours exist. They are not requests anyone made, so {@link BookingMetrics} leaves them out.
 */
@ApplicationScoped
class DemoAppointments {

    @Inject
    BookingService booking;
    @Inject
    BookableTime bookableTime;
    @Inject
    Clock clock;
    @Inject
    TransactionSynchronizationRegistry transaction;

    void onDemoLoaded(@Observes @Priority(3000) DemoClinic.DemoLoaded loaded) {
        BookingMetrics.leaveOut(transaction);
        book("follow-up-adjustment", new PatientDetails("Jordan", "Example", "jordan@example.org", "+1 555 010 1001", null),
                null, false, "Stiff lower back after gardening");
        book("infant-child-visit", new PatientDetails("Mia", "Example", null, null, null),
                new ContactDetails("Alex", "Example", "alex@example.org", "+1 555 010 1002", "parent"), true, "Unsettled after birth");
        book("new-patient-exam", new PatientDetails("Sam", "Sample", "sam@example.org", "+1 555 010 1003", null),
                null, true, "Headaches and neck tension");
    }

    private void book(String serviceSlug, PatientDetails patient, ContactDetails contact, boolean newPatient, String reason) {
        ServiceType service = ServiceType.findBySlug(serviceSlug).orElseThrow();
        List<Slot> free = bookableTime.nextFree(service, Optional.empty(), clock.instant().plus(Duration.ofDays(1)), 1);
        if (free.isEmpty()) {
            return;
        }
        Slot slot = free.get(0);
        booking.request(new BookingRequest(serviceSlug, slot.practitioner(), slot.start(), patient, contact, newPatient,
                reason, "en", true), Optional.empty());
    }
}
