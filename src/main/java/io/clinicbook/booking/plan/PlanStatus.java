package io.clinicbook.booking.plan;

/** Where a care plan is: proposed (nothing booked yet), booked (its visits are appointments), cancelled from a day on. */
public enum PlanStatus {
    PROPOSED, BOOKED, CANCELLED
}
