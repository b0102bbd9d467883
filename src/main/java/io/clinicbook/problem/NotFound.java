package io.clinicbook.problem;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFound extends ClinicProblem {

    public NotFound(String detail) {
        super(404, "not-found", "Not found", detail);
    }
}
