package io.clinicbook.booking.plan;

/** How a proposed visit relates to the plan's pattern. */
public enum Match {
    /** On the wanted day at the preferred time. */
    MATCHES_PATTERN,
    /** The nearest free time: another time that day, or a following day. */
    NEAREST_ALTERNATIVE,
    /** No free time that day or in the days after it that the plan leaves free. */
    UNAVAILABLE
}
