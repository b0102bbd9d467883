package io.clinicbook.booking.plan;

import io.clinicbook.availability.search.BookableTime;
import io.clinicbook.availability.search.WindowCheck;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.problem.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes one time for every visit of a plan from the slot search's own rules: the preferred time on the
 * wanted day, or the nearest free time that day, or on one of the next days that the plan leaves free. The
 * whole plan is judged from one read of working time and one of held time, whatever its length.
 */
@ApplicationScoped
class PlanProposer {

    /** How many days after a full day a visit may move to. */
    static final int NEXT_DAYS = 3;

    @Inject
    BookableTime bookableTime;

    /** A proposal: the practitioner who takes the whole plan, and the visits. */
    record Proposal(Practitioner practitioner, List<Slot> visits) {
        long matching() {
            return visits.stream().filter(v -> v.match() == Match.MATCHES_PATTERN).count();
        }

        long unavailable() {
            return visits.stream().filter(v -> v.match() == Match.UNAVAILABLE).count();
        }
    }

    /** One proposed visit: the wanted day, the start found (null when none) and how it matches. */
    record Slot(LocalDate wanted, Instant start, Match match) {
    }

    /**
     * The best proposal among {@code candidates} (the one practitioner asked for, or everyone offering the
     * service): the most visits at the preferred time, then the fewest without a time.
     *
     * @throws InvalidParameter when the pattern cannot be met: more visits a week than anyone works days, or past the horizon
     */
    Proposal propose(CarePlan plan, List<Practitioner> candidates) {
        LocalDate from = plan.earliestStart;
        LocalDate to = plan.dates != null ? plan.dateList().get(plan.dateList().size() - 1) : from.plusWeeks(plan.weeks).minusDays(1);
        WindowCheck window = bookableTime.window(plan.service, candidates, from, to.plusDays(NEXT_DAYS));
        Proposal best = null;
        InvalidParameter unmet = null;
        for (Practitioner candidate : candidates) {
            if (!window.offering().contains(candidate.id)) {
                continue;
            }
            List<LocalDate> targets;
            try {
                targets = PlanTargets.of(plan, window.workingDays(candidate.id), candidate.displayName);
            } catch (InvalidParameter e) {
                unmet = unmet == null ? e : unmet;
                continue;
            }
            checkHorizon(plan, targets, window.lastBookableDay());
            Proposal proposal = new Proposal(candidate, visits(window, candidate.id, targets, plan));
            if (best == null || proposal.matching() > best.matching()
                    || proposal.matching() == best.matching() && proposal.unavailable() < best.unavailable()) {
                best = proposal;
            }
        }
        if (best == null) {
            throw unmet != null ? unmet : new InvalidParameter(plan.practitioner == null ? "service" : "practitioner",
                    plan.practitioner == null ? "No practitioner offers this service at the moment." : "This practitioner does not offer this service.");
        }
        return best;
    }

    private static List<Slot> visits(WindowCheck window, long practitioner, List<LocalDate> targets, CarePlan plan) {
        ZoneId zone = window.zone();
        Set<LocalDate> taken = new HashSet<>(targets);
        List<Slot> visits = new ArrayList<>();
        for (LocalDate day : targets) {
            Instant wanted = day.atTime(plan.timeOfDay).atZone(zone).toInstant();
            List<Instant> starts = window.starts(practitioner, day);
            if (starts.contains(wanted)) {
                visits.add(new Slot(day, wanted, Match.MATCHES_PATTERN));
                continue;
            }
            Slot found = nearest(day, starts, wanted);
            for (int next = 1; found == null && next <= NEXT_DAYS; next++) {
                LocalDate later = day.plusDays(next);
                if (taken.contains(later)) {
                    continue;
                }
                found = nearest(day, window.starts(practitioner, later), later.atTime(plan.timeOfDay).atZone(zone).toInstant());
                if (found != null) {
                    taken.add(later);
                }
            }
            visits.add(found != null ? found : new Slot(day, null, Match.UNAVAILABLE));
        }
        return visits;
    }

    private static Slot nearest(LocalDate wantedDay, List<Instant> starts, Instant wanted) {
        return starts.stream().min(Comparator.comparing((Instant s) -> Duration.between(s, wanted).abs()).thenComparing(s -> s))
                .map(s -> new Slot(wantedDay, s, Match.NEAREST_ALTERNATIVE)).orElse(null);
    }

    private static void checkHorizon(CarePlan plan, List<LocalDate> targets, LocalDate lastBookableDay) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).isAfter(lastBookableDay)) {
                String field = plan.dates != null ? "dates[" + i + "]" : "pattern.weeks";
                throw new InvalidParameter(field, "Visit " + (i + 1) + " of the plan would be on " + targets.get(i)
                        + ", past the clinic's booking horizon: bookings are taken up to " + lastBookableDay + ".");
            }
        }
    }

    /** The weekdays a plan may use: all of them, for a check before anything is read. */
    static Set<DayOfWeek> anyDay() {
        return EnumSet.allOf(DayOfWeek.class);
    }
}
