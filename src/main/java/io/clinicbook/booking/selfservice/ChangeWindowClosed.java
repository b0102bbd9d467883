package io.clinicbook.booking.selfservice;

import io.clinicbook.problem.ClinicProblem;
import java.util.Map;

/** Inside the clinic's cancellation cut-off the patient must phone: the problem gives the number. */
public class ChangeWindowClosed extends ClinicProblem {

    private final String clinicPhone;

    public ChangeWindowClosed(int cutoffHours, String clinicPhone) {
        super(422, "cancellation-cutoff", "Too late to change online",
                "Appointments can be cancelled or moved online until " + cutoffHours
                        + " hours before the visit. Please call the clinic at " + clinicPhone + ".");
        this.clinicPhone = clinicPhone;
        translated("cancellation-cutoff", String.valueOf(cutoffHours), clinicPhone);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("clinicPhone", clinicPhone);
    }
}
