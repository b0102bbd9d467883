package io.clinicbook.availability;

import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What booking asks of availability, so that a request is judged by exactly the rules the slot
 * search applies. Called inside the booking transaction, after the practitioner's row is locked.
 */
public interface BookableTime {

    /**
     * Why a visit of {@code service} with {@code practitioner} cannot start at {@code start} now, or
     * empty when it can. Appointments holding time count, except those in {@code ignoredAppointments}
     * (the appointment being rescheduled).
     */
    Optional<Unbookable> whyNot(ServiceType service, Practitioner practitioner, Instant start, Set<Long> ignoredAppointments);

    /**
     * Up to {@code limit} free slots for {@code service} starting after {@code after}, with this
     * practitioner or, when empty, any who offers the service; expressed in the clinic's zone.
     */
    List<Slot> nextFree(ServiceType service, Optional<Practitioner> practitioner, Instant after, int limit);
}
