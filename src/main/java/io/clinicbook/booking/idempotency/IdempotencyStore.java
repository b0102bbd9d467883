package io.clinicbook.booking.idempotency;

import io.clinicbook.booking.guard.SqlState;
import io.clinicbook.booking.idempotency.IdempotencyRecord.State;
import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.support.Sha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency-Keys of appointment requests, kept in the database so that they hold across instances
 * and restarts. A request first claims its key in a short transaction of its own: the primary key
 * lets only one request hold it. The booking transaction then stores the response in the same
 * commit as the appointment, so an appointment never exists without its replayable response.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** How long a key is remembered. */
    static final Duration KEPT = Duration.ofHours(24);
    /**
     * An in-flight key older than this belongs to a request that died (a crash between claim and
     * commit) and may be taken over. Even if that request still ran, only one attempt can complete.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final int MAX_KEY_LENGTH = 255;

    /** What {@link #begin} found: the key is now this request's, or a response to replay. */
    public sealed interface Begun permits Claim, Replay {
    }

    /** This request holds the key; complete or release it. */
    public record Claim(String keyHash, String attempt, byte[] sealKey) implements Begun {
    }

    /** The key's first request already finished: send its response again. */
    public record Replay(int status, String location, String body) implements Begun {
    }

    @Inject
    Clock clock;

    /**
     * Claims {@code key} for a request whose canonical body is {@code body}, or finds what to answer instead.
     *
     * @throws IdempotencyKeyReused when the key came with a different body
     * @throws Conflict when another request with the key is still in flight
     */
    public Begun begin(String key, byte[] body) {
        check(key);
        String keyHash = Sealing.keyHash(key);
        String requestHash = Sha256.hex(concat(Sealing.sealKey(key), body));
        for (int tries = 0; tries < 3; tries++) {
            Instant now = clock.instant();
            Optional<Begun> found = QuarkusTransaction.requiringNew().call(() -> examine(key, keyHash, requestHash, now));
            if (found.isPresent()) {
                return found.get();
            }
            String attempt = UUID.randomUUID().toString();
            if (tryInsert(IdempotencyRecord.inFlight(keyHash, requestHash, attempt, now))) {
                return new Claim(keyHash, attempt, Sealing.sealKey(key));
            }
        }
        throw inFlight();
    }

    /** Stores the response in the caller's transaction; refuses if another attempt took the key over meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Claim claim, int status, String location, String body) {
        long updated = IdempotencyRecord.update(
                "state = ?1, responseStatus = ?2, location = ?3, sealedResponse = ?4 where keyHash = ?5 and attempt = ?6 and state = ?7",
                State.COMPLETE, status, location, Sealing.seal(body, claim.sealKey()), claim.keyHash(), claim.attempt(),
                State.IN_FLIGHT);
        if (updated != 1) {
            throw inFlight();
        }
    }

    /** Frees the key of a request that failed and created nothing, so that a retry may run. */
    public void release(Claim claim) {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("keyHash = ?1 and attempt = ?2 and state = ?3",
                claim.keyHash(), claim.attempt(), State.IN_FLIGHT));
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        IdempotencyRecord.delete("createdAt < ?1", clock.instant().minus(KEPT));
    }

    /** Empty when the key is free (never used, or expired and now forgotten). */
    private Optional<Begun> examine(String key, String keyHash, String requestHash, Instant now) {
        IdempotencyRecord record = IdempotencyRecord.findById(keyHash);
        if (record == null) {
            return Optional.empty();
        }
        if (record.createdAt.isBefore(now.minus(KEPT))) {
            IdempotencyRecord.delete("keyHash = ?1 and createdAt = ?2", keyHash, record.createdAt);
            return Optional.empty();
        }
        if (!record.requestHash.equals(requestHash)) {
            throw new IdempotencyKeyReused();
        }
        if (record.state == State.COMPLETE) {
            return Optional.of(new Replay(record.responseStatus, record.location,
                    Sealing.open(record.sealedResponse, Sealing.sealKey(key))));
        }
        if (record.createdAt.isBefore(now.minus(ABANDONED_AFTER))) {
            String attempt = UUID.randomUUID().toString();
            long taken = IdempotencyRecord.update("attempt = ?1, createdAt = ?2 where keyHash = ?3 and attempt = ?4 and state = ?5",
                    attempt, now, keyHash, record.attempt, State.IN_FLIGHT);
            if (taken == 1) {
                return Optional.of(new Claim(keyHash, attempt, Sealing.sealKey(key)));
            }
        }
        throw inFlight();
    }

    /** False when another request inserted the same key first. */
    private static boolean tryInsert(IdempotencyRecord record) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                record.persist();
                IdempotencyRecord.getEntityManager().flush();
            });
            return true;
        } catch (PersistenceException e) {
            if (SqlState.violated(e, "idempotency_record")) { // its only unique key: the primary key, which the messages name by table
                return false;
            }
            throw e;
        }
    }

    private static void check(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidParameter("Idempotency-Key",
                    "An Idempotency-Key is 1 to 255 visible ASCII characters, such as a UUID.");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static Conflict inFlight() {
        return new Conflict("idempotency-key-in-flight",
                "A request with this Idempotency-Key is still being processed. Please retry in a moment.");
    }
}
