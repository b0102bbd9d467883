package io.clinicbook.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder that a test puts between the service and its database, so the database
 * can "go away" (every connection cut, new ones refused) and come back without touching the server.
 */
final class TcpProxy {

    private final int upstreamPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    TcpProxy(int upstreamPort) {
        this.upstreamPort = upstreamPort;
        listen(0);
        this.port = listener.getLocalPort();
    }

    int port() {
        return port;
    }

    /**
     * Opens a loopback port on which one byte, {@code c} (cut) or {@code r} (restore), commands this
     * proxy, answered by the same byte once done: for a caller that cannot hold a reference to it.
     */
    int commandPort() {
        try {
            ServerSocket commands = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            daemon("tcp-proxy-commands", () -> obey(commands));
            return commands.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void obey(ServerSocket commands) {
        while (true) {
            try (Socket caller = commands.accept()) {
                int command = caller.getInputStream().read();
                if (command == 'c') {
                    cut();
                } else if (command == 'r') {
                    restore();
                }
                caller.getOutputStream().write(command);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Sends a command to the proxy whose {@link #commandPort()} this is. */
    static void command(int commandPort, char command) {
        try (Socket proxy = new Socket(InetAddress.getLoopbackAddress(), commandPort)) {
            proxy.getOutputStream().write(command);
            if (proxy.getInputStream().read() != command) {
                throw new IllegalStateException("The proxy did not confirm command " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database is gone: live connections are cut and new ones refused. */
    synchronized void cut() {
        close(listener);
        open.forEach(TcpProxy::close);
        open.clear();
    }

    /** The database is back on the same address. */
    synchronized void restore() {
        listen(port);
    }

    private void listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            listener = socket;
            daemon("tcp-proxy-accept", () -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                return; // the listener was closed by cut()
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon("tcp-proxy-pump", () -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side or cut() closed the connection
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
