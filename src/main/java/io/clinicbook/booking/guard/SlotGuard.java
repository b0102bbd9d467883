package io.clinicbook.booking.guard;

import io.clinicbook.availability.engine.Unbookable;
import io.clinicbook.availability.search.BookableTime;
import io.clinicbook.availability.search.StartCheck;
import io.clinicbook.booking.Appointment;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.catalog.ServiceType;
import io.clinicbook.problem.ClinicProblem;
import io.clinicbook.problem.PolicyViolation;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a practitioner's time from being given twice. Every transaction that makes an appointment
 * hold time first locks the practitioner's row, so such transactions for one practitioner run one
 * after another on every instance sharing the database; under the lock the time is re-checked with
 * the slot search's own rules. On PostgreSQL an exclusion constraint is the second wall: its
 * violation becomes the same {@link SlotTaken}.
 */
@ApplicationScoped
public class SlotGuard {

    /** The unique constraint on appointment references (V3). */
    private static final String REFERENCE_CONSTRAINT = "appointment_reference_unique";

    @Inject
    BookableTime bookableTime;

    /**
     * The first candidate who can take {@code service} at {@code start}, locked until the transaction
     * ends; otherwise the problem saying why none can. All candidates are judged from one unlocked
     * read, so requests for time already taken leave at once instead of queueing for a lock; only the
     * one chosen is locked and re-checked, and the next free one is tried if that re-check lost a race.
     * {@code moving}: the appointment being moved, or null for a new one; {@code asked}: the
     * practitioner the patient chose, or null.
     */
    public Practitioner lockFirstFree(List<Practitioner> candidates, ServiceType service, Instant start, Long moving, Long asked) {
        StartCheck check = bookableTime.check(service, candidates, start, moving);
        Unbookable refusal = null;
        for (Practitioner candidate : candidates) {
            Optional<Unbookable> why = check.verdict(candidate);
            if (why.isEmpty()) {
                lock(candidate);
                why = check.recheck(candidate);
                if (why.isEmpty()) {
                    return candidate;
                }
            }
            if (refusal == null || why.get() == Unbookable.TAKEN) {
                refusal = why.get(); // the first candidate's reason, unless someone's time was taken: then racing lost
            }
        }
        throw refusal(refusal == null ? Unbookable.NOT_OFFERED : refusal, service, asked, start);
    }

    /**
     * Locks every practitioner's row until the transaction ends, in the order of their ids: two transactions
     * that each need several of the same practitioners (care plans) queue up instead of deadlocking.
     */
    public void lockInOrder(Collection<Practitioner> practitioners) {
        practitioners.stream().sorted(Comparator.comparing((Practitioner p) -> p.id)).distinct().forEach(SlotGuard::lock);
    }

    private static void lock(Practitioner practitioner) {
        Panache.getEntityManager().lock(practitioner, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Inserts (when new) and writes pending changes now, so that a clash with the exclusion constraint
     * surfaces here as {@link SlotTaken}, and one of references as {@link ReferenceTaken}.
     */
    public void write(Appointment appointment, Long askedPractitionerId) {
        try {
            if (appointment.id == null) {
                appointment.persist();
            }
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (SqlState.causedBy(e, SqlState.EXCLUSION_VIOLATION)) {
                throw new SlotTaken(appointment.service.id, askedPractitionerId, appointment.startsAt);
            }
            if (SqlState.violated(e, REFERENCE_CONSTRAINT)) {
                throw new ReferenceTaken();
            }
            throw e;
        }
    }

    /** The problem that tells the patient why the time cannot be booked. */
    private static ClinicProblem refusal(Unbookable why, ServiceType service, Long askedPractitionerId, Instant start) {
        return switch (why) {
            case TAKEN -> new SlotTaken(service.id, askedPractitionerId, start);
            case NOT_OFFERED -> askedPractitionerId == null
                    ? new PolicyViolation("not-offered", "No practitioner offers this service at the moment.").translated("not-offered.any")
                    : new PolicyViolation("not-offered", "This practitioner does not offer this service.").translated("not-offered.practitioner");
            case OUTSIDE_WORKING_HOURS -> new PolicyViolation("outside-working-hours",
                    "The practitioner does not work at that time. Please choose a start from the slot search.").translated("outside-working-hours");
            case OFF_STEP -> new PolicyViolation("not-a-slot",
                    "Visits start on the clinic's slot times. Please choose a start from the slot search.").translated("not-a-slot");
            case TIME_OFF -> new PolicyViolation("time-off", "The practitioner is away or the clinic is closed at that time.").translated("time-off");
            case BEFORE_MINIMUM_NOTICE -> new PolicyViolation("minimum-notice",
                    "That time is too soon to book online. Please choose a later start or call the clinic.").translated("minimum-notice");
            case BEYOND_HORIZON -> new PolicyViolation("beyond-horizon", "That time is further ahead than the clinic takes bookings.")
                    .translated("beyond-horizon");
            case UNAVAILABLE -> new PolicyViolation("practitioner-unavailable", "The practitioner is unavailable at that time. "
                    + "Please choose a start from the slot search.").translated("practitioner-unavailable");
            case CALENDAR_NOT_UP_TO_DATE -> new PolicyViolation("calendar-not-up-to-date", "The practitioner's calendar is not up to date, "
                    + "so their time cannot be booked online just now. Please try again later or call the clinic.")
                    .translated("calendar-not-up-to-date");
        };
    }
}
