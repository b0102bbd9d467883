package io.clinicbook.problem;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * The service with a pool of two connections (Flyway needs two at start-up) and a short wait for
 * one, reaching its database through a {@link TcpProxy}, with a short idle timeout. The database is
 * the suite's own PostgreSQL one when the suite runs on PostgreSQL, else an H2 database served over
 * TCP in this JVM.
 */
public class FaultyDatabase implements QuarkusTestProfile {

    static final int POOL_SIZE = 2;

    /**
     * The profile and the test class are loaded by different class loaders, so each has its own
     * statics: the one proxy is found through system properties and commanded over a socket.
     */
    private static final String SHARED = "clinicbook.test.faulty-database";

    /** The database goes away: connections are cut and new ones refused. */
    static void cut() {
        TcpProxy.command(Integer.getInteger(SHARED + ".commands"), 'c');
    }

    /** The database is back on the same address. */
    static void restore() {
        TcpProxy.command(Integer.getInteger(SHARED + ".commands"), 'r');
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", url(),
                "quarkus.datasource.jdbc.max-size", String.valueOf(POOL_SIZE),
                "quarkus.datasource.jdbc.min-size", "0",
                "quarkus.datasource.jdbc.acquisition-timeout", "3s",
                "quarkus.http.idle-timeout", "6s");
    }

    private static synchronized String url() {
        String url = System.getProperty(SHARED + ".url");
        if (url != null) {
            return url;
        }
        String suiteUrl = System.getProperty("%test.quarkus.datasource.jdbc.url", "");
        TcpProxy proxy;
        if (suiteUrl.startsWith("jdbc:postgresql:")) {
            URI server = URI.create(suiteUrl.substring("jdbc:".length()));
            proxy = new TcpProxy(server.getPort() < 0 ? 5432 : server.getPort());
            url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getRawPath();
        } else {
            try {
                Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
                proxy = new TcpProxy(h2.getPort());
                url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:faults;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
            } catch (SQLException e) {
                throw new IllegalStateException("Could not start the H2 TCP server", e);
            }
        }
        System.setProperty(SHARED + ".commands", String.valueOf(proxy.commandPort()));
        System.setProperty(SHARED + ".url", url);
        return url;
    }
}
