package io.clinicbook.booking.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A care plan as its patient and staff see it: the pattern, the proposal while it is proposed, the visits once booked. */
@Schema(name = "CarePlan")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CarePlanView(
        @Schema(examples = "P3KQ7MZA") String reference,
        @Schema(examples = "BOOKED") PlanStatus status,
        @Schema(description = "Slug of the service", examples = "follow-up-adjustment") String service,
        @Schema(description = "The practitioner asked for; absent: any, the same one throughout", examples = "dr-maya-lindqvist")
        String practitioner,
        @Schema(description = "The weekly pattern, if the plan has one") PlanPattern pattern,
        @Schema(description = "The explicit dates, if the plan has them") List<LocalDate> dates,
        @JsonFormat(pattern = "HH:mm") @Schema(implementation = String.class, examples = "10:00") LocalTime timeOfDay,
        @Schema(examples = "2027-03-01") LocalDate earliestStart,
        @Schema(description = "When the plan was cancelled: the day from which", examples = "2027-03-15") LocalDate cancelledFrom,
        @Schema(description = "While PROPOSED: one time per visit, found now from the slot rules") List<ProposedVisit> proposal,
        @Schema(description = "Once booked: the visits, earliest first") List<Visit> visits,
        @Schema(description = "Once booked: how far the plan has come") Progress progress) {

    /** A booked visit: an ordinary appointment, which the plan's manage token also manages. */
    @Schema(name = "CarePlanVisit")
    public record Visit(
            @Schema(examples = "1") int visit,
            @Schema(description = "The appointment's reference", examples = "K7Q4M2XP") String reference,
            @Schema(examples = "2027-03-01T10:00:00-05:00") OffsetDateTime start,
            @Schema(examples = "2027-03-01T10:30:00-05:00") OffsetDateTime end,
            @Schema(examples = "dr-maya-lindqvist") String practitioner,
            @Schema(examples = "CONFIRMED") AppointmentStatus status) {
    }

    @Schema(name = "CarePlanProgress")
    public record Progress(
            @Schema(description = "Visits booked with the plan", examples = "12") int total,
            @Schema(description = "Visits completed", examples = "3") int attended,
            @Schema(description = "Visits missed", examples = "1") int noShow,
            @Schema(description = "Visits still to come (requested or confirmed)", examples = "7") int remaining,
            @Schema(description = "Visits cancelled or declined", examples = "1") int cancelled) {
    }

    static CarePlanView of(CarePlan plan, List<ProposedVisit> proposal, List<Appointment> visits, ZoneId zone) {
        PlanPattern pattern = plan.visitsPerWeek == null ? null : new PlanPattern(plan.visitsPerWeek,
                plan.weekdays == null ? null : plan.weekdayList().stream().map(Enum::name).toList(), plan.weeks);
        List<Visit> booked = null;
        Progress progress = null;
        if (plan.status != PlanStatus.PROPOSED) {
            booked = new ArrayList<>();
            int attended = 0;
            int noShow = 0;
            int remaining = 0;
            for (Appointment a : visits) {
                booked.add(new Visit(booked.size() + 1, a.reference, a.startsAt.atZone(zone).toOffsetDateTime(),
                        a.endsAt.atZone(zone).toOffsetDateTime(), a.practitioner.slug, a.status));
                attended += a.status == AppointmentStatus.COMPLETED ? 1 : 0;
                noShow += a.status == AppointmentStatus.NO_SHOW ? 1 : 0;
                remaining += a.status.holdsTime() ? 1 : 0;
            }
            progress = new Progress(visits.size(), attended, noShow, remaining, visits.size() - attended - noShow - remaining);
        }
        return new CarePlanView(plan.reference, plan.status, plan.service.slug, plan.practitioner == null ? null : plan.practitioner.slug,
                pattern, plan.dates == null ? null : plan.dateList(), plan.timeOfDay, plan.earliestStart, plan.cancelledFrom,
                plan.status == PlanStatus.PROPOSED ? proposal : null, booked, progress);
    }
}
