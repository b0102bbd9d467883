package io.clinicbook.availability.workingtime;

import io.clinicbook.availability.engine.WorkingInterval;
import io.clinicbook.problem.InvalidParameter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What staff may enter as working hours, time off and closures: the checks beyond single fields. */
public final class WorkingTimeRules {

    static final int MAX_INTERVALS_PER_WEEK = 70;
    static final int MAX_INTERVALS_PER_DAY = 12;
    static final int MAX_OFF_DAYS = 366;
    /** The first and last dates staff and searches may name; the last also stands for "no end". */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private WorkingTimeRules() {
    }

    static void checkWeek(List<WorkingInterval> intervals) {
        for (int i = 0; i < intervals.size(); i++) {
            WorkingInterval interval = intervals.get(i);
            String field = "intervals[" + i + "]";
            if (!interval.end().isAfter(interval.start())) {
                throw new InvalidParameter(field + ".end", "The end of a working interval must be after its start.");
            }
            checkDate(interval.validFrom(), field + ".validFrom");
            checkDate(interval.validUntil(), field + ".validUntil");
            if (interval.validFrom() != null && interval.validUntil() != null && interval.validUntil().isBefore(interval.validFrom())) {
                throw new InvalidParameter(field + ".validUntil", "The interval cannot stop applying before it starts.");
            }
            checkAgainstEarlier(intervals, i, field);
        }
    }

    private static void checkAgainstEarlier(List<WorkingInterval> intervals, int i, String field) {
        WorkingInterval interval = intervals.get(i);
        int sameDay = 0;
        for (int j = 0; j < i; j++) {
            WorkingInterval other = intervals.get(j);
            if (interval.overlaps(other)) {
                throw new InvalidParameter(field, "It overlaps the " + other.day() + " interval " + other.start() + "–" + other.end()
                        + "; intervals of one day must not overlap.");
            }
            if (interval.sharesADayWith(other)) {
                sameDay++;
            }
        }
        if (sameDay >= MAX_INTERVALS_PER_DAY) {
            throw new InvalidParameter(field, "At most " + MAX_INTERVALS_PER_DAY + " working intervals a day.");
        }
    }

    static void checkPeriod(OffPeriod period) {
        checkDate(period.firstDay(), "firstDay");
        checkDate(period.lastDay(), "lastDay");
        if (period.lastDay().isBefore(period.firstDay())) {
            throw new InvalidParameter("lastDay", "The last day cannot be before the first day.");
        }
        if (ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) >= MAX_OFF_DAYS) {
            throw new InvalidParameter("lastDay", "A period can last at most " + MAX_OFF_DAYS + " days; enter longer ones in parts.");
        }
        if (period.firstDay().equals(period.lastDay()) && period.startTime() != null && period.endTime() != null
                && !period.endTime().isAfter(period.startTime())) {
            throw new InvalidParameter("endTime", "On a single day the end time must be after the start time.");
        }
    }

    public static void checkDate(LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
            throw new InvalidParameter(field, "Please give a date between " + EARLIEST_DATE + " and " + LATEST_DATE + ".");
        }
    }
}
