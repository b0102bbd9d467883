package io.clinicbook.integration.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server that accepts connections and never says a word (not even the greeting), with email
 * switched on and pointed at it, and short mail timeouts so that the test sees the attempts fail.
 */
public class SilentSmtp implements QuarkusTestProfile {

    /** Bound once per class loader; the service and the test each see the port in their config. */
    static final int PORT = listen();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(PORT), "quarkus.mailer.mock", "false",
                "clinic.mail.enabled", "true", "clinic.mail.connect-timeout", "1s", "clinic.mail.read-timeout", "2s",
                "clinic.mail.send-timeout", "3s");
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
