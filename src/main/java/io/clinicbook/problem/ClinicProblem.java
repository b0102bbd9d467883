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
    private String detailKey;
    private Object[] detailArguments = {};

    protected ClinicProblem(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /**
     * Names the detail in the {@code ProblemMessages} bundles, so that it is given in the request's language;
     * only for a detail that quotes nothing the caller sent. A translation is a {@link java.text.MessageFormat}
     * pattern when there are {@code arguments} (the clinic's values, such as its phone).
     */
    @SuppressWarnings("unchecked")
    public <T extends ClinicProblem> T translated(String key, Object... arguments) {
        this.detailKey = key;
        this.detailArguments = arguments.clone();
        return (T) this;
    }

    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    /** The key of the detail's translations, or null when the detail is only in English. */
    public String detailKey() {
        return detailKey;
    }

    /** The key of the title's translations: the problem's type unless a kind of problem shares one title. */
    public String titleKey() {
        return type;
    }

    /** Extra members of the problem body (for example the next free slots); none by default. */
    public Map<String, Object> extensions() {
        return null;
    }

    public Problem toProblem() {
        return Problem.of(status, type, title, getMessage()).withExtensions(extensions());
    }
}
