package io.clinicbook.booking;

import io.clinicbook.availability.search.HeldTimeCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the slot search's {@link HeldTimeCache}, inside the transaction, of every appointment change:
 * a request, a status change (cancel, decline, complete...), a move, an erasure. Not every one of them
 * changes held time, but telling of all costs one reload and can miss none.
 */
@ApplicationScoped
class HeldTimeChanges {

    @Inject
    HeldTimeCache heldTime;

    void onChange(@Observes AppointmentChanged change) {
        heldTime.changing();
    }
}
