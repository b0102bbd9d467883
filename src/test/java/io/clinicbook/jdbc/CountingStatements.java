package io.clinicbook.jdbc;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Runs the service on the test database through P6Spy's driver, so that {@link StatementCounter} sees every
 * statement: the database the suite was given (H2 by default, PostgreSQL in CI), with no scheduled jobs
 * to add statements of their own, nor the waitlist's sweeps after changes, and no held-time listener (see HeldTimeListener).
 */
public class CountingStatements implements QuarkusTestProfile {

    private static final String URL = "%test.quarkus.datasource.jdbc.url";

    @Override
    public Map<String, String> getConfigOverrides() {
        // A database of its own on H2: an in-memory one kept from an earlier start in this JVM broke its check constraints.
        String url = System.getProperty(URL, configured()).replace("jdbc:h2:mem:", "jdbc:h2:mem:counting-");
        return Map.of(URL, url.replaceFirst("^jdbc:", "jdbc:p6spy:"),
                "quarkus.datasource.jdbc.driver", "com.p6spy.engine.spy.P6SpyDriver",
                "quarkus.scheduler.enabled", "false",
                "clinic.waitlist.sweep-after-changes", "false",
                // The listener's own connection would add statements of its own (on PostgreSQL).
                "clinic.held-time.listen", "false");
    }

    private static String configured() {
        try (InputStream in = CountingStatements.class.getResourceAsStream("/application.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(URL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
