package io.clinicbook.problem;

/** The clinic's booking policy forbids this (too late to cancel, beyond the horizon, ...). */
public class PolicyViolation extends ClinicProblem {

    public PolicyViolation(String type, String detail) {
        super(422, type, "Not allowed by the clinic's booking policy", detail);
    }

    @Override
    public String titleKey() {
        return "policy";
    }
}
