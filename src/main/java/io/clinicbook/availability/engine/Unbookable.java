package io.clinicbook.availability.engine;

/** Why a start time cannot be booked. {@link #TAKEN} is the only one a retry at another time may cure by racing. */
public enum Unbookable {
    /** The practitioner does not offer the service, or either is inactive. */
    NOT_OFFERED,
    /** The visit with its buffers is not inside one working interval of the practitioner. */
    OUTSIDE_WORKING_HOURS,
    /** The start is not on the clinic's slot step from the start of the working interval. */
    OFF_STEP,
    /** The practitioner is off, or the clinic is closed. */
    TIME_OFF,
    /** Another appointment holds that time (buffers of both included). */
    TAKEN,
    /** Sooner than the clinic's minimum notice. */
    BEFORE_MINIMUM_NOTICE,
    /** Further ahead than the clinic's booking horizon. */
    BEYOND_HORIZON,
    /** The practitioner is unavailable: their own calendar is busy then. */
    UNAVAILABLE,
    /** The practitioner's own calendar has not been read recently enough to offer their time. */
    CALENDAR_NOT_UP_TO_DATE
}
