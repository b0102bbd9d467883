package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.engine.WallClock;
import io.clinicbook.support.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Clinic-local time in which nobody is booked: from {@code firstDay} at {@code startTime} (the start of
 * the day when empty) to {@code lastDay} at {@code endTime} (the end of the day when empty).
 */
@MappedSuperclass
abstract class Absence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public LocalDate firstDay;
    public LocalDate lastDay;
    public LocalTime startTime;
    public LocalTime endTime;
    /** For staff only ("Thanksgiving", "Seminar in Denver"); never shown to patients. */
    public String note;

    void apply(OffPeriod period) {
        firstDay = period.firstDay();
        lastDay = period.lastDay();
        startTime = period.startTime();
        endTime = period.endTime();
        note = Text.trimmedOrNull(period.note());
    }

    OffPeriod period() {
        return new OffPeriod(id, firstDay, lastDay, startTime, endTime, note);
    }

    /** When an absence from {@code firstDay} at {@code startTime} (the day's start when null) begins. */
    static Instant start(LocalDate firstDay, LocalTime startTime, ZoneId zone) {
        return startTime == null ? WallClock.startOf(firstDay, zone) : Instant.ofEpochSecond(WallClock.earliest(firstDay, startTime, zone));
    }

    /** When an absence until {@code lastDay} at {@code endTime} (the day's end when null) ends. */
    static Instant end(LocalDate lastDay, LocalTime endTime, ZoneId zone) {
        return endTime == null ? WallClock.startOf(lastDay.plusDays(1), zone) : Instant.ofEpochSecond(WallClock.latest(lastDay, endTime, zone));
    }
}
