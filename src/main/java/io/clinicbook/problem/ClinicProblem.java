package io.clinicbook.problem;

import java.util.Map;

/**
 * A business rule said no. Subclasses name the rule; {@link ProblemMapper} turns each into
 * {@code application/problem+json} with the status, type and human sentence given here.
 */
public abstract class ClinicProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    protected ClinicProblem(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** Extra members of the problem body (for example the next free slots); none by default. */
    public Map<String, Object> extensions() {
        return null;
    }

    public Problem toProblem() {
        return Problem.of(status, type, title, getMessage()).withExtensions(extensions());
    }
}
