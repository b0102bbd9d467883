package io.clinicbook.availability;

import io.clinicbook.catalog.ServiceType;
import io.clinicbook.clinic.Clinic;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a visit needs and what the clinic allows, fixed for one search: the visit and its buffers,
 * the slot step, the earliest start (now plus the minimum notice) and the last bookable clinic-local
 * day (today plus the booking horizon).
 */
record SlotRules(Duration bufferBefore, Duration visit, Duration bufferAfter, Duration step, Instant earliestStart,
                 LocalDate lastBookableDay) {

    static SlotRules of(ServiceType service, Clinic clinic, Instant now) {
        LocalDate today = now.atZone(clinic.zone()).toLocalDate();
        return new SlotRules(service.bufferBefore(), service.duration(), service.bufferAfter(),
                Duration.ofMinutes(clinic.slotStepMinutes), now.plus(Duration.ofMinutes(clinic.minimumNoticeMinutes)),
                today.plusDays(clinic.bookingHorizonDays));
    }
}
