package io.clinicbook.availability.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * On PostgreSQL, a connection of its own (outside the pool) that listens on {@link HeldTimeCache#CHANNEL}
 * and drops this instance's held-time cache whenever any instance commits a change to held time. The
 * cache is dropped too when the connection is lost and again once listening resumes, since notifications
 * sent in between are gone; a {@code SELECT 1} every {@code clinic.held-time.max-age} finds a connection
 * that died without a word. Until it is back, the cache's maximum age is the only bound.
 */
@ApplicationScoped
class HeldTimeListener {

    private static final Logger LOG = Logger.getLogger(HeldTimeListener.class);
    /** How long one wait for notifications lasts, so that a stop is noticed. */
    private static final int WAIT_MILLIS = 500;
    private static final long MAX_RETRY_MILLIS = 5_000;

    @Inject
    HeldTimeCache cache;
    @Inject
    HeldTimeConfig config;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean stopping;
    private Thread thread;

    void onStart(@Observes StartupEvent start) {
        if (!"postgresql".equals(dbKind) || !config.listen() || url.isEmpty()) {
            return;
        }
        thread = new Thread(this::listen, "held-time-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long retryMillis = 100;
        while (!stopping) {
            try (Connection connection = connect()) {
                PGConnection notifications = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + HeldTimeCache.CHANNEL);
                }
                cache.dropAll(); // what changed before LISTEN took effect was not heard
                LOG.debug("Listening for held-time changes of other instances");
                retryMillis = 100;
                long checkedAt = System.nanoTime();
                while (!stopping) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        cache.dropAll();
                    }
                    if (System.nanoTime() - checkedAt >= config.maxAge().toNanos()) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("SELECT 1");
                        }
                        checkedAt = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.dropAll();
                if (stopping) {
                    return;
                }
                LOG.warnf("Not listening for other instances' held-time changes (%s); slot lists may lag them by up to %s until it reconnects",
                        e.getMessage(), config.maxAge());
                try {
                    Thread.sleep(retryMillis);
                } catch (InterruptedException interrupted) {
                    return;
                }
                retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "clinic-held-time-listener");
        properties.setProperty("tcpKeepAlive", "true");
        // The liveness check gives up on a peer that stopped answering.
        properties.setProperty("socketTimeout", String.valueOf(Math.max(5, config.maxAge().toSeconds() * 2)));
        Connection connection = new org.postgresql.Driver().connect(url.orElseThrow(), properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url.orElseThrow());
        }
        connection.setAutoCommit(true);
        return connection;
    }
}
