package io.clinicbook.booking;

import io.clinicbook.availability.BookableTime;
import io.clinicbook.availability.Unbookable;
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
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a practitioner's time from being given twice. Every transaction that makes an appointment
 * hold time first locks the practitioner's row, so such transactions for one practitioner run one
 * after another on every instance sharing the database; under the lock the time is re-checked with
 * the slot search's own rules. On PostgreSQL an exclusion constraint is the second wall: its
 * violation becomes the same {@link SlotTaken}.
 */
@ApplicationScoped
public class SlotGuard {

    /** An id no appointment has, for when no appointment is being moved. */
    private static final long NO_APPOINTMENT = -1;
    /**
     * The practitioner, locked, unless another appointment visibly holds the time. Fixed arity (no
     * list parameters), so that Hibernate translates it once rather than on every booking.
     */
    private static final String LOCK_IF_FREE = """
            select p from Practitioner p where p.id = :practitioner and not exists (
                select 1 from Appointment a where a.practitioner = p and a.blockedUntil > :from and a.blockedFrom < :until
                and a.status in (io.clinicbook.booking.AppointmentStatus.REQUESTED, io.clinicbook.booking.AppointmentStatus.CONFIRMED)
                and a.id <> :ignored)""";

    @Inject
    BookableTime bookableTime;

    /**
     * Says why {@code service} cannot start at {@code start} with the practitioner, or empty when it can,
     * in which case the practitioner stays locked until the transaction ends. The lock is taken only
     * while no other appointment visibly holds the time, so that requests for time already taken leave
     * at once instead of queueing for it; only the full check under the lock can say yes.
     * {@code moving}: the appointment being moved, or null for a new one.
     */
    Optional<Unbookable> lockAndCheck(Practitioner practitioner, ServiceType service, Instant start, Long moving) {
        Instant from = start.minus(service.bufferBefore());
        Instant until = start.plus(service.duration()).plus(service.bufferAfter());
        boolean locked = !Panache.getEntityManager().createQuery(LOCK_IF_FREE, Practitioner.class)
                .setParameter("practitioner", practitioner.id).setParameter("from", from).setParameter("until", until)
                .setParameter("ignored", moving == null ? NO_APPOINTMENT : moving)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
        return locked ? bookableTime.whyNot(service, practitioner, start, moving == null ? Set.of() : Set.of(moving))
                : Optional.of(Unbookable.TAKEN);
    }

    /**
     * Inserts (when new) and writes pending changes now, so that a clash with the exclusion constraint
     * surfaces here as {@link SlotTaken}, and one of references as {@link ReferenceTaken}.
     */
    void write(Appointment appointment, Long askedPractitionerId) {
        try {
            if (appointment.id == null) {
                appointment.persist();
            }
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (SqlState.causedBy(e, SqlState.EXCLUSION_VIOLATION)) {
                throw new SlotTaken(appointment.service.id, askedPractitionerId, appointment.startsAt);
            }
            if (SqlState.causedBy(e, SqlState.UNIQUE_VIOLATION)) {
                throw new ReferenceTaken(); // the reference is the appointment's only unique column
            }
            throw e;
        }
    }

    /** The problem that tells the patient why the time cannot be booked. */
    static ClinicProblem refusal(Unbookable why, ServiceType service, Long askedPractitionerId, Instant start) {
        return switch (why) {
            case TAKEN -> new SlotTaken(service.id, askedPractitionerId, start);
            case NOT_OFFERED -> new PolicyViolation("not-offered", askedPractitionerId == null
                    ? "No practitioner offers this service at the moment." : "This practitioner does not offer this service.");
            case OUTSIDE_WORKING_HOURS -> new PolicyViolation("outside-working-hours",
                    "The practitioner does not work at that time. Please choose a start from the slot search.");
            case OFF_STEP -> new PolicyViolation("not-a-slot",
                    "Visits start on the clinic's slot times. Please choose a start from the slot search.");
            case TIME_OFF -> new PolicyViolation("time-off", "The practitioner is away or the clinic is closed at that time.");
            case BEFORE_MINIMUM_NOTICE -> new PolicyViolation("minimum-notice",
                    "That time is too soon to book online. Please choose a later start or call the clinic.");
            case BEYOND_HORIZON -> new PolicyViolation("beyond-horizon", "That time is further ahead than the clinic takes bookings.");
        };
    }
}
