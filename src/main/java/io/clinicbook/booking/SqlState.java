package io.clinicbook.booking;

import java.sql.SQLException;

/** Reads the SQLSTATE behind a persistence exception, to tell a rule of the schema from a failure. */
public final class SqlState {

    /** A unique or primary key was violated. */
    public static final String UNIQUE_VIOLATION = "23505";
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
}
