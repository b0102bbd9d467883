package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.engine.WorkingInterval;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/** One interval of a practitioner's week, in the clinic's wall-clock time. */
@Entity
@Table(name = "working_hours")
class WorkingHours extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long practitionerId;
    @Enumerated(EnumType.STRING)
    public DayOfWeek dayOfWeek;
    public LocalTime startTime;
    public LocalTime endTime;
    public LocalDate validFrom;
    public LocalDate validUntil;

    static WorkingHours of(long practitionerId, WorkingInterval interval) {
        WorkingHours hours = new WorkingHours();
        hours.practitionerId = practitionerId;
        hours.dayOfWeek = interval.day();
        hours.startTime = interval.start();
        hours.endTime = interval.end();
        hours.validFrom = interval.validFrom();
        hours.validUntil = interval.validUntil();
        return hours;
    }

    WorkingInterval interval() {
        return new WorkingInterval(dayOfWeek, startTime, endTime, validFrom, validUntil);
    }

    /** The practitioner's week, Monday first. */
    static List<WorkingInterval> weekOf(long practitionerId) {
        return WorkingHours.<WorkingHours>list("practitionerId", practitionerId).stream().map(WorkingHours::interval)
                .sorted(Comparator.comparing(WorkingInterval::day).thenComparing(WorkingInterval::start)).toList();
    }

    static void deleteWeekOf(long practitionerId) {
        delete("practitionerId", practitionerId);
    }
}
