package io.clinicbook.booking.plan;

import io.clinicbook.availability.engine.Slot;
import io.clinicbook.availability.engine.Unbookable;
import io.clinicbook.problem.ClinicProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Some visits of a plan cannot be booked, so none was: 409 when each was only taken (by someone else, or
 * racing another request), 422 when a visit breaks a rule that a retry cannot cure. The problem names the
 * visits, with the next free times for each, found after the failed transaction ended.
 */
class PlanVisitsUnavailable extends ClinicProblem {

    /** A visit that could not be booked: its number (from 1), its start, why, and free times near it. */
    @Schema(name = "UnavailablePlanVisit")
    public record Refused(
            @Schema(examples = "4") int visit,
            @Schema(examples = "2027-03-08T10:00:00-05:00") OffsetDateTime start,
            @Schema(examples = "TAKEN") Unbookable reason,
            @Schema(description = "The next free times of the visit's service and practitioner") List<Slot> alternatives) {

        Refused withAlternatives(List<Slot> slots) {
            return new Refused(visit, start, reason, List.copyOf(slots));
        }
    }

    private final long serviceId;
    private final List<Long> practitionerIds;
    private final List<Refused> visits;

    PlanVisitsUnavailable(long serviceId, List<Long> practitionerIds, List<Refused> visits) {
        super(visits.stream().allMatch(v -> v.reason() == Unbookable.TAKEN) ? 409 : 422,
                visits.stream().allMatch(v -> v.reason() == Unbookable.TAKEN) ? "plan-visits-taken" : "plan-visits-not-bookable",
                visits.stream().allMatch(v -> v.reason() == Unbookable.TAKEN) ? "Plan visits taken" : "Plan visits not bookable",
                "No visit of the plan was booked: " + describe(visits) + ". visits lists them with free times near each.");
        this.serviceId = serviceId;
        this.practitionerIds = List.copyOf(practitionerIds);
        this.visits = List.copyOf(visits);
    }

    PlanVisitsUnavailable withAlternatives(List<Refused> refused) {
        return new PlanVisitsUnavailable(serviceId, practitionerIds, refused);
    }

    long serviceId() {
        return serviceId;
    }

    /** The practitioner (id) of each refused visit, in the order of {@link #visits()}. */
    List<Long> practitionerIds() {
        return practitionerIds;
    }

    List<Refused> visits() {
        return visits;
    }

    Instant startOf(int i) {
        return visits.get(i).start().toInstant();
    }

    private static String describe(List<Refused> visits) {
        StringBuilder text = new StringBuilder(visits.size() == 1 ? "visit " : "visits ");
        for (int i = 0; i < visits.size(); i++) {
            text.append(i == 0 ? "" : i == visits.size() - 1 ? " and " : ", ").append(visits.get(i).visit())
                    .append(" (").append(visits.get(i).start()).append(", ").append(words(visits.get(i).reason())).append(')');
        }
        return text.toString();
    }

    private static String words(Unbookable why) {
        return switch (why) {
            case TAKEN -> "taken";
            case NOT_OFFERED -> "the practitioner does not offer the service";
            case OUTSIDE_WORKING_HOURS -> "outside working hours";
            case OFF_STEP -> "not on a slot time";
            case TIME_OFF -> "the practitioner is away or the clinic is closed";
            case BEFORE_MINIMUM_NOTICE -> "too soon";
            case BEYOND_HORIZON -> "past the booking horizon";
            case UNAVAILABLE -> "the practitioner is unavailable";
            case CALENDAR_NOT_UP_TO_DATE -> "the practitioner's calendar is not up to date";
        };
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("visits", visits);
    }
}
