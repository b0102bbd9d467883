package io.clinicbook.booking;

import java.util.EnumSet;
import java.util.Set;

/** Where an appointment is in its life. Requested and confirmed ones hold their time. */
public enum AppointmentStatus {
    REQUESTED, CONFIRMED, DECLINED, CANCELLED, COMPLETED, NO_SHOW;

    /** The statuses that keep a practitioner's time from other patients. */
    public static final Set<AppointmentStatus> HOLDING_TIME = EnumSet.of(REQUESTED, CONFIRMED);

    public boolean holdsTime() {
        return HOLDING_TIME.contains(this);
    }
}
