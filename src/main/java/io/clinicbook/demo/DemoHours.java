package io.clinicbook.demo;

import io.clinicbook.availability.engine.WorkingInterval;
import io.clinicbook.availability.workingtime.OffPeriod;
import io.clinicbook.availability.workingtime.OffPeriodService;
import io.clinicbook.availability.workingtime.WeeklyHours;
import io.clinicbook.availability.workingtime.WorkingHoursService;
import io.clinicbook.clinic.Clinic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The demo practitioners' weeks (mornings and afternoons with a lunch break, one late evening, some
 * Saturday mornings), the clinic's holidays of the coming year and one seminar, so that the demo
 * slot search shows every kind of day.
 */
@ApplicationScoped
class DemoHours {

    private record Holiday(String name, IntFunction<LocalDate> inYear, LocalTime closesAt) {
    }

    private static final List<Holiday> HOLIDAYS = List.of(
            new Holiday("New Year's Day", year -> LocalDate.of(year, 1, 1), null),
            new Holiday("Memorial Day", year -> LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), null),
            new Holiday("Independence Day", year -> LocalDate.of(year, 7, 4), null),
            new Holiday("Labor Day", year -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), null),
            new Holiday("Thanksgiving", year -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)), null),
            new Holiday("Christmas Eve afternoon", year -> MonthDay.of(12, 24).atYear(year), LocalTime.of(13, 0)),
            new Holiday("Christmas Day", year -> MonthDay.of(12, 25).atYear(year), null));

    @Inject
    WorkingHoursService hours;
    @Inject
    OffPeriodService periods;
    @Inject
    Clock clock;

    void onDemoLoaded(@Observes DemoClinic.DemoLoaded loaded) {
        hours.replaceWeek("dr-maya-lindqvist", week()
                .split(DayOfWeek.MONDAY, "09:00", "12:30", "13:30", "17:30")
                .split(DayOfWeek.TUESDAY, "09:00", "12:30", "13:30", "17:30")
                .split(DayOfWeek.WEDNESDAY, "11:00", "14:00", "15:00", "19:00")
                .split(DayOfWeek.THURSDAY, "09:00", "12:30", "13:30", "17:30")
                .split(DayOfWeek.FRIDAY, "09:00", "12:30", "13:30", "16:00").build());
        hours.replaceWeek("dr-samuel-okafor", week()
                .split(DayOfWeek.MONDAY, "08:00", "12:00", "13:00", "16:00")
                .split(DayOfWeek.TUESDAY, "12:00", "15:00", "15:30", "19:00")
                .split(DayOfWeek.WEDNESDAY, "08:00", "12:00", "13:00", "16:00")
                .split(DayOfWeek.THURSDAY, "12:00", "15:00", "15:30", "19:00")
                .split(DayOfWeek.FRIDAY, "08:00", "12:00", "13:00", "16:00")
                .interval(DayOfWeek.SATURDAY, "09:00", "13:00").build());
        hours.replaceWeek("dr-lucia-ferrer", week()
                .split(DayOfWeek.TUESDAY, "09:30", "13:00", "14:00", "18:00")
                .split(DayOfWeek.WEDNESDAY, "09:30", "13:00", "14:00", "18:00")
                .split(DayOfWeek.THURSDAY, "09:30", "13:00", "14:00", "18:00")
                .split(DayOfWeek.FRIDAY, "09:30", "13:00", "14:00", "18:00")
                .interval(DayOfWeek.SATURDAY, "09:00", "12:00").build());
        LocalDate today = clock.instant().atZone(Clinic.current().zone()).toLocalDate();
        addHolidays(today);
        LocalDate seminar = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        periods.addTimeOff("dr-lucia-ferrer", new OffPeriod(null, seminar, seminar, LocalTime.of(12, 0), null, "Pediatric SOT seminar"));
    }

    private void addHolidays(LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            for (Holiday holiday : HOLIDAYS) {
                LocalDate day = holiday.inYear().apply(year);
                if (!day.isBefore(today) && day.isBefore(today.plusYears(1))) {
                    periods.addClosure(new OffPeriod(null, day, day, holiday.closesAt(), null, holiday.name()));
                }
            }
        }
    }

    private static Week week() {
        return new Week();
    }

    /** A week written day by day. */
    private static final class Week {
        private final List<WorkingInterval> intervals = new ArrayList<>();

        /** A day with a lunch break: morning start and end, afternoon start and end. */
        Week split(DayOfWeek day, String morningStart, String lunch, String afterLunch, String end) {
            return interval(day, morningStart, lunch).interval(day, afterLunch, end);
        }

        Week interval(DayOfWeek day, String start, String end) {
            intervals.add(new WorkingInterval(day, LocalTime.parse(start), LocalTime.parse(end), null, null));
            return this;
        }

        WeeklyHours build() {
            return new WeeklyHours(List.copyOf(intervals));
        }
    }
}
