package io.clinicbook.availability.search;

import io.clinicbook.availability.engine.BusyTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time appointments hold, as the slot search last read it for a range, so that a repeated search
 * costs no statement. Booking never reads it: {@link BookableTime} reads held time afresh under the lock.
 *
 * <p>Whatever changes which appointments hold time calls {@link #changing()} inside its transaction
 * (booking does so on every {@code AppointmentChanged}). From that call until the transaction has ended
 * this instance's searches bypass the cache altogether, and the end (commit or rollback) moves the
 * version on, which no entry read before it carries: one counter holds the version and how many such
 * transactions are open, an entry is served only if the counter is exactly what it was when its read
 * began, so a search that read the old rows just before a commit cannot put them back afterwards. A
 * request that starts once the booking's commit is acknowledged never sees the time as free.
 *
 * <p>Across instances: on PostgreSQL the same call sends {@code NOTIFY clinic_held_time} in the
 * transaction, which the database delivers only on commit, and {@link HeldTimeListener} drops this
 * cache when another instance's change arrives. Should that connection be lost, no entry is older than
 * {@code clinic.held-time.max-age}, which therefore bounds how long another instance's change can go
 * unseen. On H2 there is one instance.
 */
@ApplicationScoped
public class HeldTimeCache {

    static final String CHANNEL = "clinic_held_time";
    /** One transaction that changes held time and has not ended, in the counter's upper bits. */
    private static final long OPEN_CHANGE = 1L << 40;
    /** Searches of this many different ranges are kept at most; past it the cache starts again. */
    private static final int MAX_ENTRIES = 1024;
    /** Days a cached read covers at least: the longest search ({@link SlotSearch#MAX_DAYS}). */
    static final int SPAN = SlotSearch.MAX_DAYS;
    /** The transaction's resource saying it has already been counted. */
    private static final Object COUNTED = new Object();

    private record Key(ZoneId zone, List<Long> practitioners, LocalDate from, LocalDate to) {
    }

    private record Entry(Read read, long version) {
    }

    @Inject
    HeldTime heldTime;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    DataSource dataSource;
    @Inject
    HeldTimeConfig config;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** The version (lower 40 bits) and the open transactions that change held time (upper bits). */
    private final AtomicLong counter = new AtomicLong();
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** Held time as read from the database at {@code readAtNanos} ({@link System#nanoTime()}). */
    record Read(Map<Long, BusyTime> held, long readAtNanos) {
    }

    /**
     * The time held on the clinic-local days [from, to] by these practitioners' appointments, as {@link HeldTime#read}.
     * A read for the cache covers at least {@link #SPAN} days from {@code from}, so that one entry answers every
     * search that starts that day, whatever its length: the rows of the days after {@code to} hold no time inside
     * the range, and no slot of it depends on them.
     */
    Read read(ZoneId zone, List<Long> practitioners, LocalDate from, LocalDate to) {
        long version = counter.get();
        long now = System.nanoTime();
        if (version >= OPEN_CHANGE) {
            return new Read(heldTime.read(zone, practitioners, from, to, null), now);
        }
        LocalDate covered = to.isBefore(from.plusDays(SPAN - 1)) ? from.plusDays(SPAN - 1) : to;
        Key key = new Key(zone, List.copyOf(practitioners), from, covered);
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version && now - entry.read().readAtNanos() < config.maxAge().toNanos()) {
            return entry.read();
        }
        Read read = new Read(Collections.unmodifiableMap(heldTime.read(zone, practitioners, from, covered, null)), now);
        if (counter.get() == version) { // an entry put after a change began is never served, only wasted
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(read, version));
        }
        return read;
    }

    /**
     * Says, inside the transaction of a change to which appointments hold time (or where), that the cache
     * must not be trusted until the transaction has ended; other instances hear of it on commit. Outside a
     * transaction, drops the cache.
     */
    public void changing() {
        if (transactions.getTransactionKey() == null) {
            dropAll();
            return;
        }
        if (transactions.getResource(COUNTED) != null) {
            return;
        }
        counter.addAndGet(OPEN_CHANGE + 1);
        entries.clear();
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    counter.addAndGet(1 - OPEN_CHANGE);
                    entries.clear();
                }
            });
        } catch (RuntimeException e) {
            counter.addAndGet(1 - OPEN_CHANGE);
            throw e;
        }
        transactions.putResource(COUNTED, Boolean.TRUE);
        if ("postgresql".equals(dbKind)) {
            notifyOthers();
        }
    }

    /**
     * The version of held time as this instance knows it, for caches of what is computed from it (see
     * {@link SlotAnswers}): the same value later means no change began or ended meanwhile; a value of
     * {@link #OPEN_CHANGE} or more means a change is under way and nothing may be cached.
     */
    long version() {
        return counter.get();
    }

    /** Whether a {@link #version()} allows caching: no change is under way. */
    static boolean settled(long version) {
        return version < OPEN_CHANGE;
    }

    /** Forgets every entry: another instance changed held time, or this one may have missed hearing of it. */
    void dropAll() {
        counter.incrementAndGet();
        entries.clear();
    }

    /** Sent in the transaction's own connection, so that PostgreSQL delivers it only if the change commits. */
    private void notifyOthers() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("NOTIFY " + CHANNEL);
        } catch (SQLException e) {
            throw new IllegalStateException("Telling other instances that held time changed failed", e);
        }
    }
}
