package io.clinicbook.problem;

import java.util.List;

/** A query parameter or field the caller sent cannot be used; the problem names it. */
public class InvalidParameter extends ClinicProblem {

    private final String field;

    public InvalidParameter(String field, String detail) {
        super(400, "validation", "Your request has invalid fields", detail);
        this.field = field;
    }

    @Override
    public String titleKey() {
        return "validation";
    }

    @Override
    public Problem toProblem() {
        return super.toProblem().withViolations(List.of(new Problem.Violation(field, getMessage())));
    }
}
