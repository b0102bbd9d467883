package io.clinicbook.availability.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.clinicbook.availability.engine.DaySlots;
import io.clinicbook.availability.engine.SlotDay;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A day's slots written from numbers are exactly what Jackson writes for the same Slot objects. */
class SlotJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper APPLICATION = JACKSON.copy();

    static {
        new SlotJson().customize(APPLICATION);
    }

    private static DaySlots slots(String zone, String... starts) {
        long[] seconds = List.of(starts).stream().mapToLong(start -> Instant.parse(start).getEpochSecond()).toArray();
        int[] who = new int[seconds.length];
        Arrays.setAll(who, i -> i % 2);
        return new DaySlots(LocalDate.of(2026, 11, 1), seconds, who, List.of("dr-a", "dr-b"), 1800, ZoneId.of(zone));
    }

    private static String json(DaySlots slots) {
        return new String(DaySlotsSerializer.ascii(slots), StandardCharsets.US_ASCII);
    }

    private static void writesAsJackson(DaySlots slots) throws Exception {
        assertThat(json(slots)).isEqualTo(JACKSON.writeValueAsString(new ArrayList<>(slots)));
    }

    @Test
    void acrossAFallBackInNewYork() throws Exception {
        DaySlots slots = slots("America/New_York", "2026-11-01T05:30:00Z", "2026-11-01T06:00:00Z", "2026-11-01T06:30:00Z");
        writesAsJackson(slots);
        assertThat(json(slots)).contains("\"start\":\"2026-11-01T01:30:00-04:00\"", "\"start\":\"2026-11-01T01:30:00-05:00\"");
    }

    @Test
    void acrossMidnightInAZoneOfQuarterHours() throws Exception {
        writesAsJackson(slots("Asia/Kathmandu", "2026-11-01T18:00:00Z", "2026-11-01T18:30:00Z"));
    }

    @Test
    void inUtcAndInOffsetsWestOfIt() throws Exception {
        writesAsJackson(slots("UTC", "2026-11-01T09:00:00Z", "2026-11-01T23:45:00Z"));
        writesAsJackson(slots("Pacific/Marquesas", "2026-11-01T09:00:00Z"));
        writesAsJackson(slots("-03:00", "2026-11-01T09:00:00Z"));
    }

    @Test
    void withSecondsInTheOffset() throws Exception {
        writesAsJackson(new DaySlots(LocalDate.of(1890, 1, 1), new long[] {Instant.parse("1890-01-01T09:00:00Z").getEpochSecond()},
                new int[] {0}, List.of("dr-a"), 1800, ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void aDayIsWrittenInOnePieceAndASlugThatNeedsEscapingIsEscaped() throws Exception {
        long start = Instant.parse("2026-11-01T14:00:00Z").getEpochSecond();
        DaySlots plain = new DaySlots(LocalDate.of(2026, 11, 1), new long[] {start}, new int[] {0}, List.of("dr-a"), 1800, ZoneId.of("UTC"));
        DaySlots quoted = new DaySlots(LocalDate.of(2026, 11, 1), new long[] {start}, new int[] {0}, List.of("dr \"a\""), 1800, ZoneId.of("UTC"));

        assertThat(APPLICATION.writeValueAsString(new SlotDay(LocalDate.of(2026, 11, 1), plain, null)))
                .isEqualTo("{\"date\":\"2026-11-01\",\"slots\":" + json(plain) + "}");
        assertThat(JACKSON.readTree(APPLICATION.writeValueAsString(new SlotDay(LocalDate.of(2026, 11, 1), quoted, null)))
                .at("/slots/0/practitioner").asText()).isEqualTo("dr \"a\"");
    }

    @Test
    void noSlotsIsAnEmptyArray() throws Exception {
        writesAsJackson(slots("America/New_York"));
    }
}
