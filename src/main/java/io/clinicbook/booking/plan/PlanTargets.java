package io.clinicbook.booking.plan;

import io.clinicbook.problem.InvalidParameter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The days a plan's pattern asks for, one visit on each, earliest first. */
final class PlanTargets {

    private PlanTargets() {
    }

    /**
     * Week {@code w} of a weekly pattern is the seven days from the earliest start plus {@code w} weeks, with a visit
     * on each of its weekdays; without weekdays, the visits are spread over the practitioner's {@code workingDays}.
     *
     * @throws InvalidParameter when the practitioner works fewer days a week than the pattern asks for
     */
    static List<LocalDate> of(CarePlan plan, Set<DayOfWeek> workingDays, String practitionerName) {
        if (plan.dates != null) {
            return plan.dateList();
        }
        int perWeek = plan.visitsPerWeek;
        if (perWeek > workingDays.size()) {
            throw new InvalidParameter("pattern.visitsPerWeek", "The plan asks for " + perWeek + " visits a week, but "
                    + practitionerName + " works " + workingDays.size() + " day" + (workingDays.size() == 1 ? "" : "s")
                    + " a week" + (workingDays.isEmpty() ? "" : " (" + String.join(", ", workingDays.stream().map(DayOfWeek::name).toList()) + ")") + ".");
        }
        List<DayOfWeek> days = plan.weekdays != null ? plan.weekdayList() : spread(workingDays, perWeek);
        List<LocalDate> targets = new ArrayList<>();
        for (int week = 0; week < plan.weeks; week++) {
            for (DayOfWeek day : days) {
                targets.add(plan.earliestStart.with(TemporalAdjusters.nextOrSame(day)).plusWeeks(week));
            }
        }
        targets.sort(null);
        return targets;
    }

    /** {@code count} of the working days, as evenly apart in the week as they allow. */
    private static List<DayOfWeek> spread(Set<DayOfWeek> workingDays, int count) {
        List<DayOfWeek> working = new ArrayList<>(EnumSet.copyOf(workingDays));
        List<DayOfWeek> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(working.get(i * working.size() / count));
        }
        return chosen;
    }

    /** The weekdays as sent, checked: known names, no repeats, as many as the visits a week. */
    static List<DayOfWeek> weekdays(PlanPattern pattern) {
        if (pattern.weekdays() == null) {
            return List.of();
        }
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        List<DayOfWeek> days = new ArrayList<>();
        for (int i = 0; i < pattern.weekdays().size(); i++) {
            String name = pattern.weekdays().get(i);
            DayOfWeek day = parse(name, "pattern.weekdays[" + i + "]");
            if (!seen.add(day)) {
                throw new InvalidParameter("pattern.weekdays[" + i + "]", day + " is given twice; a plan has at most one visit a day.");
            }
            days.add(day);
        }
        if (days.size() != pattern.visitsPerWeek()) {
            throw new InvalidParameter("pattern.weekdays", "The pattern names " + days.size() + " weekday" + (days.size() == 1 ? "" : "s")
                    + " for " + pattern.visitsPerWeek() + " visits a week; give one weekday per visit, or leave weekdays out.");
        }
        days.sort(null);
        return days;
    }

    private static DayOfWeek parse(String name, String field) {
        if (name != null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().equalsIgnoreCase(name.trim())) {
                    return day;
                }
            }
        }
        throw new InvalidParameter(field, "'" + name + "' is not a weekday; use MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY.");
    }
}
