package io.clinicbook.integration.connected;

import io.clinicbook.availability.search.HeldTimeCache;
import io.clinicbook.catalog.Practitioner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a sync writes, in one transaction under the practitioner's row lock (the lock bookings take), so that a
 * booking either wins before the new busy time or is judged against it: the calendar's busy intervals replaced
 * when they changed, its status, and the held-time cache told (on this instance and, by NOTIFY, the others).
 */
@ApplicationScoped
@Transactional
class BusyRecords {

    @Inject
    DataSource dataSource;
    @Inject
    HeldTimeCache heldTime;
    @Inject
    CalendarsConfig config;

    List<Long> activeIds() {
        return ConnectedCalendar.activeIds();
    }

    /**
     * Claims the calendar's next read for {@code instance} until {@code leaseUntil}: false when another instance is
     * reading it, or when {@code dueBefore} is given and the calendar was tried since.
     */
    boolean claim(long id, String instance, Instant now, Instant leaseUntil, Instant dueBefore) {
        String due = dueBefore == null ? "" : " and (lastAttemptAt is null or lastAttemptAt < ?5)";
        Object[] parameters = dueBefore == null ? new Object[] {leaseUntil, instance, id, now}
                : new Object[] {leaseUntil, instance, id, now, dueBefore};
        return ConnectedCalendar.update("syncLeaseUntil = ?1, syncLeasedBy = ?2 where id = ?3 and (syncLeaseUntil is null or syncLeaseUntil < ?4)"
                + due, parameters) == 1;
    }

    ConnectedCalendar find(long id) {
        return ConnectedCalendar.findById(id);
    }

    /** Records a successful read; {@code busy} null when the calendar had not changed. */
    void succeeded(long calendarId, CalendarFetch.Fetched fetched, List<BusyExpansion.Interval> busy, Instant now) {
        ConnectedCalendar calendar = ConnectedCalendar.findById(calendarId);
        if (calendar == null) {
            return; // removed while it was being read
        }
        Practitioner.findById(calendar.practitionerId, LockModeType.PESSIMISTIC_WRITE);
        boolean wasStale = calendar.lastSuccessAt == null || calendar.lastSuccessAt.isBefore(now.minus(config.staleAfter()));
        if (busy != null && replace(calendar, busy)) {
            calendar.busyCount = busy.size();
            heldTime.changing();
        } else if (wasStale && calendar.active) {
            heldTime.changing();
        }
        if (busy != null) {
            calendar.expandedAt = now;
        }
        calendar.etag = fetched.etag();
        calendar.lastModified = fetched.lastModified();
        calendar.lastAttemptAt = now;
        calendar.lastSuccessAt = now;
        calendar.lastError = null;
        calendar.syncLeaseUntil = null;
        calendar.syncLeasedBy = null;
    }

    void failed(long calendarId, String why, Instant now) {
        ConnectedCalendar calendar = ConnectedCalendar.findById(calendarId);
        if (calendar != null) {
            calendar.lastAttemptAt = now;
            calendar.lastError = why;
            calendar.syncLeaseUntil = null;
            calendar.syncLeasedBy = null;
        }
    }

    /** Persists a new calendar with the busy time of its first read. */
    ConnectedCalendar created(ConnectedCalendar calendar, CalendarFetch.Fetched fetched, List<BusyExpansion.Interval> busy, Instant now) {
        Practitioner.findById(calendar.practitionerId, LockModeType.PESSIMISTIC_WRITE);
        calendar.createdAt = now;
        calendar.persist();
        calendar.flush();
        succeeded(calendar.id, fetched, busy, now);
        heldTime.changing();
        return calendar;
    }

    /** Pauses or resumes: a paused calendar neither blocks time nor withholds it. */
    void activate(long calendarId, boolean active) {
        ConnectedCalendar calendar = ConnectedCalendar.findById(calendarId);
        Practitioner.findById(calendar.practitionerId, LockModeType.PESSIMISTIC_WRITE);
        calendar.active = active;
        heldTime.changing();
    }

    /** Removes the calendar; its busy time is free once this commits. */
    void remove(long calendarId) {
        ConnectedCalendar calendar = ConnectedCalendar.findById(calendarId);
        Practitioner.findById(calendar.practitionerId, LockModeType.PESSIMISTIC_WRITE);
        execute("delete from calendar_busy where calendar_id = ?", calendar.id);
        calendar.delete();
        heldTime.changing();
    }

    /** Replaces the calendar's busy rows when they differ from {@code busy}; whether they did. */
    private boolean replace(ConnectedCalendar calendar, List<BusyExpansion.Interval> busy) {
        List<BusyExpansion.Interval> sorted = new ArrayList<>(busy);
        sorted.sort(Comparator.comparing(BusyExpansion.Interval::start).thenComparing(BusyExpansion.Interval::end));
        try (Connection connection = dataSource.getConnection()) {
            if (stored(connection, calendar.id).equals(sorted)) {
                return false;
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from calendar_busy where calendar_id = ?")) {
                delete.setLong(1, calendar.id);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into calendar_busy (calendar_id, practitioner_id, starts_at, ends_at) values (?, ?, ?, ?)")) {
                for (BusyExpansion.Interval interval : sorted) {
                    insert.setLong(1, calendar.id);
                    insert.setLong(2, calendar.practitionerId);
                    insert.setObject(3, interval.start().atOffset(ZoneOffset.UTC));
                    insert.setObject(4, interval.end().atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Writing a calendar's busy time failed", e);
        }
    }

    private static List<BusyExpansion.Interval> stored(Connection connection, long calendarId) throws SQLException {
        List<BusyExpansion.Interval> stored = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select starts_at, ends_at from calendar_busy where calendar_id = ? order by starts_at, ends_at")) {
            query.setLong(1, calendarId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(new BusyExpansion.Interval(rows.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                            rows.getObject(2, java.time.OffsetDateTime.class).toInstant()));
                }
            }
        }
        return stored;
    }

    private void execute(String sql, long id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Removing a calendar's busy time failed", e);
        }
    }
}
