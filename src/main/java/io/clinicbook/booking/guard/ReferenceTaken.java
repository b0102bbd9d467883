package io.clinicbook.booking.guard;

/** A new appointment drew a reference another one has; its transaction is lost, the next try draws again. */
public class ReferenceTaken extends RuntimeException {

    ReferenceTaken() {
        super("Reference code already in use", null, false, false);
    }
}
