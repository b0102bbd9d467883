package io.clinicbook.integration.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server that accepts connections and never says a word (not even the greeting), with email
 * switched on and pointed at it, and short mail timeouts so that the test sees the attempts fail.
 */
public class SilentSmtp implements QuarkusTestProfile {

    /** Bound once per class loader; the service and the test each see the port in their config. */
    static final int PORT = listen();

    private static final String URL = "%test.quarkus.datasource.jdbc.url";

    @Override
    public Map<String, String> getConfigOverrides() {
        // A database of its own on H2 (as CountingStatements): the suite's in-memory one, kept from an earlier
        // start in this JVM, does not survive another start.
        String url = System.getProperty(URL, configured()).replace("jdbc:h2:mem:", "jdbc:h2:mem:silent-smtp-");
        return Map.of(URL, url, "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(PORT), "quarkus.mailer.mock", "false",
                "clinic.mail.enabled", "true", "clinic.mail.connect-timeout", "1s", "clinic.mail.read-timeout", "2s",
                "clinic.mail.send-timeout", "3s");
    }

    private static String configured() {
        try (InputStream in = SilentSmtp.class.getResourceAsStream("/application.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(URL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int listen() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept()); // kept open, never written to
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
            return server.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
