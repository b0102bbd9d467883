package io.clinicbook.problem;

/** The caller used up its rate limit; {@link TooManyRequestsMapper} adds the {@code Retry-After} header. */
public class TooManyRequests extends ClinicProblem {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds) {
        this("rate-limited", "Too many requests", "Too many requests from your address; please wait " + retryAfterSeconds
                + " seconds and try again.", retryAfterSeconds);
    }

    protected TooManyRequests(String type, String title, String detail, long retryAfterSeconds) {
        super(429, type, title, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
