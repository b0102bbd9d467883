package io.clinicbook.integration.webhook;

import com.sun.net.httpserver.HttpServer;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server receiving webhooks on 127.0.0.1, answering from a script (then 204), keeping what it got. */
final class Receiver implements AutoCloseable {

    record Hit(String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.get(name).get(0);
        }

        /** Checks the signature with the independent Standard Webhooks library; throws when it does not verify. */
        void verify(String secret) {
            try {
                new Webhook(secret).verify(body, headers);
            } catch (WebhookVerificationException e) {
                throw new AssertionError("The signature does not verify with " + secret.substring(0, 10) + "...: " + e.getMessage(), e);
            }
        }
    }

    /** One scripted answer: a status after a delay. */
    record Reply(int status, Duration delay) {
        static Reply status(int status) {
            return new Reply(status, Duration.ZERO);
        }

        static Reply slow(Duration delay) {
            return new Reply(204, delay);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Deque<Reply> script = new ArrayDeque<>();
    private volatile Reply otherwise = Reply.status(204);
    final List<Hit> hits = new CopyOnWriteArrayList<>();

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
            hits.add(new Hit(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), headers));
            Reply reply = next();
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(reply.status(), -1);
            exchange.close();
        });
        server.start();
    }

    static Receiver start() {
        try {
            return new Receiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers these first, in order. */
    synchronized Receiver firstAnswer(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Answers this once the script is used up (204 by default). */
    Receiver thenAlways(Reply reply) {
        otherwise = reply;
        return this;
    }

    private synchronized Reply next() {
        Reply reply = script.poll();
        return reply != null ? reply : otherwise;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
