package io.clinicbook.integration.connected;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A subscription URL as Google, Outlook and iCloud serve one: the calendar with an ETag, and 304 to a request
 * whose If-None-Match carries it. Tests change what it serves; it remembers the conditional headers it got.
 */
public final class IcsServer implements AutoCloseable {

    private final HttpServer server;
    private volatile String body = "";
    private volatile String contentType = "text/calendar; charset=utf-8";
    private volatile int version;
    private volatile int failing;
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    final List<Integer> statuses = new CopyOnWriteArrayList<>();

    public IcsServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            if (failing != 0) {
                statuses.add(failing);
                exchange.sendResponseHeaders(failing, -1);
                exchange.close();
                return;
            }
            String tag = "\"v" + version + "\"";
            String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(sent == null ? "" : sent);
            exchange.getResponseHeaders().add("ETag", tag);
            if (tag.equals(sent)) {
                statuses.add(304);
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            statuses.add(200);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Serves this calendar from now on, under a new ETag. */
    IcsServer serve(String calendar, String type) {
        this.body = calendar;
        this.contentType = type;
        this.version++;
        return this;
    }

    public IcsServer serve(String calendar) {
        return serve(calendar, "text/calendar; charset=utf-8");
    }

    /** Answers every request with this status (0: serves again). */
    IcsServer failWith(int status) {
        this.failing = status;
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
