package io.clinicbook.booking.plan;

import java.time.Instant;

/**
 * Fired inside the transaction that books or cancels a plan, after its visits are written: integrations send
 * one email and one webhook event for the whole plan (the visits' own requests send none).
 */
public record CarePlanChanged(long planId, String reference, Change change, Instant at) {

    public enum Change { BOOKED, CANCELLED }
}
