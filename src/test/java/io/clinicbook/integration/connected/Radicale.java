package io.clinicbook.integration.connected;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real CalDAV server for tests: Debian's Radicale (apt-get install radicale), started with Debian's Python on
 * a free loopback port, a temporary storage folder and plain htpasswd credentials; stopped (and its folder
 * removed) by {@link #close()}, or stopped and started again on the same port and storage ({@link #stop()}, {@link #start()}). Events go in as a calendar app puts them: MKCALENDAR, then PUT per event.
 */
final class Radicale implements AutoCloseable {

    static final String USER = "maya";
    static final String PASSWORD = "app-password-7Qx";

    private final Path folder;
    private final int port;
    private Process process;

    Radicale() {
        try {
            folder = Files.createTempDirectory("radicale");
            Files.writeString(folder.resolve("users"), USER + ":" + PASSWORD + "\n");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** Starts the server (again, unless it runs) on its port and storage, and waits until it answers. */
    void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder("/usr/bin/python3", "-m", "radicale", "--storage-filesystem-folder=" + folder.resolve("collections"),
                    "--auth-type=htpasswd", "--auth-htpasswd-filename=" + folder.resolve("users"), "--auth-htpasswd-encryption=plain",
                    "--server-hosts=127.0.0.1:" + port).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("radicale.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Radicale did not start (apt-get install radicale)", e);
        }
        await().atMost(Duration.ofSeconds(20)).until(this::listening);
    }

    /** Stops the server, keeping what it stores. */
    void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Radicale stopped; see " + folder.resolve("radicale.log"));
        }
        try {
            return client().send(HttpRequest.newBuilder(URI.create(url("/"))).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes the user's calendar {@code name} and answers its URL. */
    String calendar(String name) {
        send("PROPFIND", "/" + USER + "/", null, 207);
        send("MKCALENDAR", "/" + USER + "/" + name + "/", null, 201);
        return url("/" + USER + "/" + name + "/");
    }

    /** PUTs one event resource (a whole VCALENDAR) into the calendar. */
    void put(String calendarUrl, String uid, String calendar) {
        send("PUT", URI.create(calendarUrl).getPath() + uid + ".ics", calendar, 201, 204);
    }

    void delete(String calendarUrl, String uid) {
        send("DELETE", URI.create(calendarUrl).getPath() + uid + ".ics", null, 200, 204);
    }

    /** The event resource {@code name} of the calendar as the server holds it, or null when there is none. */
    String get(String calendarUrl, String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(calendarUrl + name))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body().replace("\r\n ", "").replace("\r", "") : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void send(String method, String path, String body, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "text/calendar; charset=utf-8");
        }
        try {
            int status = client().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (java.util.Arrays.stream(expected).noneMatch(s -> s == status)) {
                throw new IllegalStateException(method + " " + path + " answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client per request: Radicale closes idle connections that a pooled client would send on. */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public void close() {
        stop();
        try {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
