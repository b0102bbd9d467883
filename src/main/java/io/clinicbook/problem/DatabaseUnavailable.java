package io.clinicbook.problem;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure to reach the database (down, unreachable, every pooled connection busy) from
 * other failures, and answers it with a 503 that says when to try again: the request was fine, the
 * service will be again once the database answers, and nothing needs a restart.
 */
@ApplicationScoped
class DatabaseUnavailable {

    /** A few seconds: the pool's acquisition timeout has already been waited once. */
    static final int RETRY_AFTER_SECONDS = 5;
    /**
     * Agroal's only sign of an exhausted pool or of a new connection that takes too long: a plain
     * SQLException whose message says so ("Sorry, acquisition timeout!", "Acquisition timeout while ...").
     */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";
    /** SQLSTATE class 08: connection exception (PostgreSQL, and any driver that follows the standard). */
    private static final String CONNECTION_EXCEPTION = "08";
    /**
     * H2's own states for a connection that broke or a database it cannot read: CONNECTION_BROKEN_1 and
     * IO_EXCEPTION_1/2 (a pooled connection to a server that went away fails with 90028, not 08xxx).
     */
    private static final Set<String> H2_CONNECTION_LOST = Set.of("90067", "90028", "90031");

    @Inject
    AgroalDataSource pool;

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || (sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith(CONNECTION_EXCEPTION) || H2_CONNECTION_LOST.contains(sqlState));
    }

    /**
     * The 503. The pool is also asked to drop its idle connections that no longer work: not every
     * driver marks a cut connection as broken (H2 does not), and the pool would otherwise keep
     * lending a dead one after the database is back.
     */
    Response response(String path) {
        pool.flush(AgroalDataSource.FlushMode.INVALID);
        Problem problem = Problem.of(503, "database-unavailable", "Service unavailable",
                "The service cannot reach its database just now. Please try again in " + RETRY_AFTER_SECONDS + " seconds.")
                .at(path);
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(problem).build();
    }
}
