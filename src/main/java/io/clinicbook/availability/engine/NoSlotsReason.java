package io.clinicbook.availability.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a day has no slots, so that a booking widget can say so and offer the clinic's phone instead. */
@Schema(name = "NoSlotsReason", description = """
        Why a day has no slots: CLOSED (nobody works that day, or not long enough for this visit), \
        HOLIDAY (the clinic is closed), TIME_OFF (the practitioners are away), FULLY_BOOKED, \
        BEFORE_MINIMUM_NOTICE (too soon, or past), BEYOND_HORIZON (too far ahead), \
        NOT_OFFERED (no practitioner offers the service), UNAVAILABLE (the practitioner is unavailable: their own \
        calendar is busy), CALENDAR_NOT_UP_TO_DATE (the practitioner's own calendar could not be read recently enough \
        to offer their time).""")
enum NoSlotsReason {
    CLOSED, HOLIDAY, TIME_OFF, FULLY_BOOKED, BEFORE_MINIMUM_NOTICE, BEYOND_HORIZON, NOT_OFFERED, UNAVAILABLE, CALENDAR_NOT_UP_TO_DATE
}
