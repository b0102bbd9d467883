package io.clinicbook.availability.engine;

import io.clinicbook.clinic.BookingPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a visit needs and what the clinic allows, fixed for one search: the visit and its buffers,
 * the slot step, the earliest start (now plus the minimum notice) and the last bookable clinic-local
 * day (today plus the booking horizon).
 */
public record SlotRules(Duration bufferBefore, Duration visit, Duration bufferAfter, Duration step, Instant earliestStart,
                 LocalDate lastBookableDay) {

    public static SlotRules of(ServiceTiming service, BookingPolicy policy, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return new SlotRules(service.bufferBefore(), service.visit(), service.bufferAfter(),
                Duration.ofMinutes(policy.slotStepMinutes()), now.plus(Duration.ofMinutes(policy.minimumNoticeMinutes())),
                today.plusDays(policy.bookingHorizonDays()));
    }
}
