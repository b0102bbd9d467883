package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.engine.BusyTime;
import io.clinicbook.availability.engine.Schedule;
import io.clinicbook.availability.engine.WorkingInterval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the working time of some practitioners over some clinic-local days as a {@link Schedule}
 * without appointments: hours, time off and closures in one statement, whatever the number of days
 * and practitioners.
 *
 * <p>Plain JDBC, as {@code HeldTime}: a booking reads working time afresh every time, and through
 * Hibernate the list of practitioners made it translate the three queries again on every request and
 * dirty-check the rows at commit. Inside a transaction the data source hands out its connection.
 */
@ApplicationScoped
public class WorkingTimeReader {

    private static final String SQL = """
            select 'H', practitioner_id, day_of_week, start_time, end_time, valid_from, valid_until from working_hours
             where practitioner_id = any(?) and (valid_from is null or valid_from <= ?) and (valid_until is null or valid_until >= ?)
            union all
            select 'T', practitioner_id, null, start_time, end_time, first_day, last_day from time_off
             where practitioner_id = any(?) and last_day >= ? and first_day <= ?
            union all
            select 'C', null, null, start_time, end_time, first_day, last_day from clinic_closure
             where last_day >= ? and first_day <= ?""";

    @Inject
    DataSource dataSource;

    public Schedule read(ZoneId zone, Collection<Long> practitioners, LocalDate from, LocalDate to) {
        if (practitioners.isEmpty()) {
            return new Schedule(zone, Map.of(), BusyTime.NONE, Map.of(), Map.of());
        }
        Map<Long, List<WorkingInterval>> hours = new HashMap<>();
        Map<Long, BusyTime.Builder> timeOff = new HashMap<>();
        BusyTime.Builder closures = new BusyTime.Builder();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(SQL)) {
            Array ids = connection.createArrayOf("bigint", practitioners.toArray());
            query.setArray(1, ids);
            query.setObject(2, to);
            query.setObject(3, from);
            query.setArray(4, ids);
            query.setObject(5, from);
            query.setObject(6, to);
            query.setObject(7, from);
            query.setObject(8, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LocalTime start = rows.getObject(4, LocalTime.class);
                    LocalTime end = rows.getObject(5, LocalTime.class);
                    LocalDate first = rows.getObject(6, LocalDate.class);
                    LocalDate last = rows.getObject(7, LocalDate.class);
                    switch (rows.getString(1)) {
                        case "H" -> hours.computeIfAbsent(rows.getLong(2), id -> new ArrayList<>())
                                .add(new WorkingInterval(DayOfWeek.valueOf(rows.getString(3)), start, end, first, last));
                        case "T" -> timeOff.computeIfAbsent(rows.getLong(2), id -> new BusyTime.Builder())
                                .add(Absence.start(first, start, zone), Absence.end(last, end, zone));
                        default -> closures.add(Absence.start(first, start, zone), Absence.end(last, end, zone));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading working time failed", e);
        }
        return new Schedule(zone, hours, closures.build(), BusyTime.built(timeOff), Map.of());
    }
}
