package io.clinicbook.booking;

import io.clinicbook.availability.search.HeldTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where an appointment is in its life. Requested and confirmed ones hold their time. */
public enum AppointmentStatus {
    REQUESTED, CONFIRMED, DECLINED, CANCELLED, COMPLETED, NO_SHOW;

    /** The statuses that keep a practitioner's time from other patients, as availability defines them. */
    public static final Set<AppointmentStatus> HOLDING_TIME = EnumSet.copyOf(
            HeldTime.HOLDING_STATUSES.stream().map(AppointmentStatus::valueOf).toList());

    private static final Map<AppointmentStatus, Set<AppointmentStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(CONFIRMED, DECLINED, CANCELLED),
            CONFIRMED, EnumSet.of(CANCELLED, COMPLETED, NO_SHOW));

    public boolean holdsTime() {
        return HOLDING_TIME.contains(this);
    }

    /** Whether the lifecycle allows going from this status to {@code next}; final statuses go nowhere. */
    public boolean canBecome(AppointmentStatus next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }
}
