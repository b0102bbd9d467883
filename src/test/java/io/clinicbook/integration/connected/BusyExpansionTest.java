package io.clinicbook.integration.connected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The busy time of calendars written as Google, Outlook and Apple write them (src/test/resources/ical/busy),
 * to the second, in the clinic's zone America/New_York, whose DST began on 2026-03-08 and ends on 2026-11-01.
 */
class BusyExpansionTest {

    private static final ZoneId CLINIC = ZoneId.of("America/New_York");
    private static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

    private final BusyExpansion expansion = new BusyExpansion(CLINIC, "appointments.clinicbook.io", 20_000, 20_000);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            transparent               | 2026-03-02T17:00:00Z/2026-03-02T18:00:00Z
            cancelled                 | 2026-03-02T17:00:00Z/2026-03-02T18:00:00Z
            all-day                   | 2026-03-09T04:00:00Z/2026-03-10T04:00:00Z 2026-04-01T04:00:00Z/2026-04-02T04:00:00Z 2026-10-30T04:00:00Z/2026-11-03T05:00:00Z
            weekly-across-dst         | 2026-03-02T15:00:00Z/2026-03-02T16:00:00Z 2026-03-09T14:00:00Z/2026-03-09T15:00:00Z 2026-03-16T14:00:00Z/2026-03-16T15:00:00Z 2026-10-26T14:00:00Z/2026-10-26T15:00:00Z 2026-11-02T15:00:00Z/2026-11-02T16:00:00Z
            exdate                    | 2026-03-02T15:00:00Z/2026-03-02T16:00:00Z 2026-03-09T14:00:00Z/2026-03-09T15:00:00Z 2026-03-23T14:00:00Z/2026-03-23T15:00:00Z
            rdate                     | 2026-03-02T14:00:00Z/2026-03-02T14:30:00Z 2026-03-05T20:00:00Z/2026-03-05T20:30:00Z 2026-03-10T12:00:00Z/2026-03-10T12:30:00Z 2026-03-12T13:00:00Z/2026-03-12T15:00:00Z
            recurrence-id             | 2026-03-02T15:00:00Z/2026-03-02T16:00:00Z 2026-03-10T18:00:00Z/2026-03-10T19:00:00Z 2026-03-23T14:00:00Z/2026-03-23T15:00:00Z
            floating                  | 2026-03-02T18:00:00Z/2026-03-02T19:00:00Z 2026-11-01T05:30:00Z/2026-11-01T07:30:00Z
            windows-zone              | 2026-03-09T13:00:00Z/2026-03-09T14:00:00Z
            custom-vtimezone          | 2026-10-26T14:00:00Z/2026-10-26T15:00:00Z 2026-11-02T15:00:00Z/2026-11-02T16:00:00Z
            multi-day                 | 2026-03-03T03:00:00Z/2026-03-04T07:00:00Z 2026-03-06T04:00:00Z/2026-03-06T06:00:00Z
            own-visit-and-other-zones | 2026-03-02T14:00:00Z/2026-03-02T15:00:00Z 2026-03-03T15:00:00Z/2026-03-03T15:45:00Z
            """)
    void busyTimeIsWhatRfc5545Says(String fixture, String expected) throws Unreadable {
        assertThat(intervals(expansion.busy(List.of(fixture(fixture)), FROM, UNTIL))).isEqualTo(expected);
    }

    @Test
    void onlyTheWindowIsExpanded() throws Unreadable {
        List<BusyExpansion.Interval> busy = expansion.busy(List.of(fixture("weekly-across-dst")),
                Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z"));

        assertThat(intervals(busy)).isEqualTo("2026-03-09T14:00:00Z/2026-03-09T15:00:00Z");
    }

    @Test
    void anEndlessDailySeriesStopsAtTheWindow() throws Unreadable {
        String daily = fixture("floating").replace("DTEND:20260302T140000", "DTEND:20260302T140000\nRRULE:FREQ=DAILY");

        List<BusyExpansion.Interval> busy = expansion.busy(List.of(daily), Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(busy).hasSize(30).allSatisfy(i -> assertThat(i.end().getEpochSecond() - i.start().getEpochSecond()).isEqualTo(3600));
        assertThat(busy.get(29).start()).isEqualTo(Instant.parse("2026-03-31T17:00:00Z"));
    }

    @Test
    void moreEventsThanTheLimitAreRefusedByName() {
        String many = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + IntStream.range(0, 11).mapToObj(i -> """
                BEGIN:VEVENT
                UID:e%d@example.org
                DTSTAMP:20260201T120000Z
                DTSTART:20260302T150000Z
                DTEND:20260302T160000Z
                END:VEVENT
                """.formatted(i)).collect(Collectors.joining()) + "END:VCALENDAR\n";

        assertThatThrownBy(() -> new BusyExpansion(CLINIC, "appointments.clinicbook.io", 10, 100).busy(List.of(many), FROM, UNTIL))
                .isInstanceOf(Unreadable.class).hasMessageContaining("more than 10 events");
    }

    @Test
    void malformedTextIsUnreadable() {
        assertThatThrownBy(() -> expansion.busy(List.of("<html><body>Sign in</body></html>"), FROM, UNTIL))
                .isInstanceOf(Unreadable.class).hasMessageContaining("not valid iCalendar");
    }

    private static String intervals(List<BusyExpansion.Interval> busy) {
        List<String> written = new java.util.ArrayList<>(busy.stream().map(i -> i.start() + "/" + i.end()).toList());
        Collections.sort(written);
        return String.join(" ", written);
    }

    static String fixture(String name) {
        try (InputStream in = BusyExpansionTest.class.getResourceAsStream("/ical/busy/" + name + ".ics")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
