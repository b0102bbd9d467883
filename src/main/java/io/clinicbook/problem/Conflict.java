package io.clinicbook.problem;

/** The request is sound but clashes with the current state (a taken slot, a duplicate slug). */
public class Conflict extends ClinicProblem {

    public Conflict(String type, String detail) {
        super(409, type, "Conflict", detail);
    }
}
