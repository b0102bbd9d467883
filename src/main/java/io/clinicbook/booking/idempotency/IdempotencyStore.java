package io.clinicbook.booking.idempotency;

import io.clinicbook.booking.guard.SqlState;
import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.support.Sha256;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Idempotency-Keys of appointment requests, kept in the database so that they hold across instances
 * and restarts. A key is claimed inside the booking transaction, by inserting its record before
 * anything else: the primary key makes a second request with the same key wait until the first has
 * ended, then either replay its answer (it committed) or book (it rolled back). The answer is stored in
 * the same commit as the appointment, so an appointment never exists without its replayable answer, and
 * a request that fails leaves no record behind.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** How long a key is remembered. */
    static final Duration KEPT = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 255;

    /** A request's key, checked and hashed, ready to be claimed. */
    public record Key(String keyHash, String requestHash, byte[] sealKey) {
    }

    /** The key's first request already finished: send its answer again. */
    public record Replay(int status, String location, String body) {
    }

    /** Another request inserted the key first; its transaction has ended by the time this is thrown. */
    public static final class KeyClaimed extends RuntimeException {
        private KeyClaimed(Throwable cause) {
            super("Another request claimed the Idempotency-Key", cause, false, false);
        }
    }

    @Inject
    Clock clock;

    /** @throws InvalidParameter when the header is not an Idempotency-Key */
    public Key key(String key, byte[] body) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidParameter("Idempotency-Key",
                    "An Idempotency-Key is 1 to 255 visible ASCII characters, such as a UUID.");
        }
        byte[] sealKey = Sealing.sealKey(key);
        return new Key(Sealing.keyHash(key), Sha256.hex(concat(sealKey, body)), sealKey);
    }

    /**
     * In the booking transaction, first: the answer to replay, or empty once the key is this request's.
     *
     * @throws IdempotencyKeyReused when the key came with a different body
     * @throws KeyClaimed when another request inserted the key first (retry once it has ended)
     */
    @Transactional(TxType.MANDATORY)
    public Optional<Replay> claim(Key key) {
        IdempotencyRecord record = IdempotencyRecord.findById(key.keyHash());
        if (record != null && !expired(record)) {
            return Optional.of(replay(record, key));
        }
        try {
            if (record != null) {
                record.delete();
            }
            IdempotencyRecord.claimed(key.keyHash(), key.requestHash(), clock.instant()).persistAndFlush();
        } catch (PersistenceException e) {
            if (SqlState.violated(e, "idempotency_record")) { // its only unique key: the primary key, which the messages name by table
                throw new KeyClaimed(e);
            }
            throw e;
        }
        return Optional.empty();
    }

    /** Stores the answer with the claimed key, in the transaction that claimed it. */
    @Transactional(TxType.MANDATORY)
    public void complete(Key key, int status, String location, String body) {
        IdempotencyRecord record = IdempotencyRecord.findById(key.keyHash()); // the claimed entity: no statement
        record.responseStatus = status;
        record.location = location;
        record.sealedResponse = Sealing.seal(body, key.sealKey());
    }

    /** After {@link KeyClaimed}: the answer of the request that claimed the key, or empty if it rolled back. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Replay> afterClaimed(Key key) {
        return Optional.ofNullable(IdempotencyRecord.<IdempotencyRecord>findById(key.keyHash()))
                .filter(record -> !expired(record)).map(record -> replay(record, key));
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetExpired() {
        IdempotencyRecord.delete("createdAt < ?1", clock.instant().minus(KEPT));
    }

    private boolean expired(IdempotencyRecord record) {
        return record.createdAt.isBefore(clock.instant().minus(KEPT));
    }

    private static Replay replay(IdempotencyRecord record, Key key) {
        if (!record.requestHash.equals(key.requestHash())) {
            throw new IdempotencyKeyReused();
        }
        return new Replay(record.responseStatus, record.location, Sealing.open(record.sealedResponse, key.sealKey()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A key whose request kept losing the claim to others: rare enough to ask the client to retry. */
    public static Conflict stillClaimed() {
        return new Conflict("idempotency-key-in-flight",
                "A request with this Idempotency-Key is still being processed. Please retry in a moment.");
    }
}
