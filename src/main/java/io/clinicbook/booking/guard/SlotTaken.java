package io.clinicbook.booking.guard;

import io.clinicbook.availability.engine.Slot;
import io.clinicbook.problem.ClinicProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Another appointment holds the time asked for (409). The problem lists the next free slots of the
 * same service, found after the failed transaction has ended.
 */
public class SlotTaken extends ClinicProblem {

    private final long serviceId;
    private final Long practitionerId;
    private final Instant start;
    private final List<Slot> nextSlots;

    SlotTaken(long serviceId, Long practitionerId, Instant start) {
        this(serviceId, practitionerId, start, List.of());
    }

    private SlotTaken(long serviceId, Long practitionerId, Instant start, List<Slot> nextSlots) {
        super(409, "slot-taken", "Slot taken",
                "That time has just been taken. Please choose another; nextSlots lists the next free ones.");
        translated("slot-taken");
        this.serviceId = serviceId;
        this.practitionerId = practitionerId;
        this.start = start;
        this.nextSlots = nextSlots;
    }

    public SlotTaken withNextSlots(List<Slot> slots) {
        return new SlotTaken(serviceId, practitionerId, start, List.copyOf(slots));
    }

    public long serviceId() {
        return serviceId;
    }

    /** The practitioner asked for, or null when the patient let the clinic choose. */
    public Long practitionerId() {
        return practitionerId;
    }

    public Instant start() {
        return start;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("nextSlots", nextSlots);
    }
}
