package io.clinicbook.integration;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The service's iCalendar files read by ical.js (from the npm registry, run by node), a reader independent of
 * ical4j: {@code src/test/resources/ical/instants.mjs} prints each event's times as RFC 5545 reads them and
 * as ical.js itself does. Where node or ical.js is missing, the tests do not run and say how to run them;
 * with {@code CI=true} that is a failure instead.
 */
public final class IcalJs {

    static final Path LIBRARY = Path.of("target/icaljs/node_modules/ical.js/dist/ical.js");
    static final Path SCRIPT = Path.of("src/test/resources/ical/instants.mjs");
    private static final String HOW = "Install it with: npm install --prefix target/icaljs ical.js@2 (as .ci/run does)";

    private IcalJs() {
    }

    /**
     * One VEVENT: its UID, DTSTART and DTEND as RFC 5545 (3.3.5) reads them (a local time that occurs twice is
     * its first occurrence), and as ical.js reads them (such a time is its standard-time, second, occurrence).
     */
    public record Event(String uid, Instant start, Instant end, Instant icalJsStart, Instant icalJsEnd) {
    }

    /** The events of {@code ics}, read by ical.js. */
    public static List<Event> events(String ics) {
        require();
        try {
            Process node = new ProcessBuilder("node", SCRIPT.toString(), LIBRARY.toString()).redirectErrorStream(true).start();
            try (OutputStream in = node.getOutputStream()) {
                in.write(ics.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new AssertionError("ical.js could not read the file: " + out + "\n" + ics);
            }
            return out.lines().filter(line -> !line.isBlank()).map(IcalJs::event).toList();
        } catch (IOException e) {
            throw new IllegalStateException("node could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The only event of {@code ics} with this UID. */
    public static Event event(String ics, String uid) {
        List<Event> found = events(ics).stream().filter(e -> e.uid().equals(uid)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one event " + uid + ", ical.js read " + found + " in\n" + ics);
        }
        return found.get(0);
    }

    private static Event event(String line) {
        List<Instant> times = Arrays.stream(line.split("\t")).skip(1).map(Instant::parse).toList();
        return new Event(line.split("\t")[0], times.get(0), times.get(1), times.get(2), times.get(3));
    }

    private static void require() {
        if (Files.isReadable(LIBRARY)) {
            return;
        }
        String message = "The ical.js readings did not run: ical.js is not at " + LIBRARY + ". " + HOW;
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        System.out.println("NOTE: " + message);
        Assumptions.abort(message);
    }
}
