package io.clinicbook.booking.guard;

import java.sql.SQLException;
import java.util.Locale;

/** Reads the SQLSTATE behind a persistence exception, to tell a rule of the schema from a failure. */
public final class SqlState {

    /** A unique or primary key was violated. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL's exclusion constraint was violated. */
    public static final String EXCLUSION_VIOLATION = "23P01";

    private SqlState() {
    }

    public static boolean causedBy(Throwable e, String sqlState) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the unique constraint of this name was violated. Both databases name it in the message
     * (PostgreSQL as the constraint, H2 as the index it backs, which starts with the constraint's name).
     */
    public static boolean violated(Throwable e, String uniqueConstraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(uniqueConstraint)) {
                return true;
            }
        }
        return false;
    }
}
