package io.clinicbook.availability.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure slot engine, without Quarkus or a database: New York's real transition days of 2026. */
class SlotCalculatorTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final PractitionerKey DR = new PractitionerKey(1, "dr-a");
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);

    private static Schedule working(DayOfWeek day, String start, String end, BusyTime taken) {
        WorkingInterval interval = new WorkingInterval(day, LocalTime.parse(start), LocalTime.parse(end), null, null);
        return new Schedule(NEW_YORK, Map.of(DR.id(), List.of(interval)), BusyTime.NONE, Map.of(), Map.of(DR.id(), taken));
    }

    private static SlotRules rules(int before, int visit, int after, int step) {
        return new SlotRules(Duration.ofMinutes(before), Duration.ofMinutes(visit), Duration.ofMinutes(after), Duration.ofMinutes(step),
                LONG_AGO, LocalDate.of(2026, 12, 31));
    }

    private static List<String> starts(SlotCalculator calculator, LocalDate date) {
        return calculator.day(date, List.of(DR), NEW_YORK).slots().stream().map(slot -> slot.start().toString()).toList();
    }

    @Test
    void theSkippedHourOfASpringForwardOffersNoTimeThatDoesNotExist() {
        SlotCalculator calculator = new SlotCalculator(working(DayOfWeek.SUNDAY, "01:00", "04:00", BusyTime.NONE), rules(0, 30, 0, 30));

        // 01:00-04:00 local is two hours of elapsed time: the clocks jump from 02:00 to 03:00.
        assertThat(starts(calculator, SPRING_FORWARD)).containsExactly(
                "2026-03-08T01:00-05:00", "2026-03-08T01:30-05:00", "2026-03-08T03:00-04:00", "2026-03-08T03:30-04:00");
    }

    @Test
    void theRepeatedHourOfAFallBackGivesTwoDistinctStarts() {
        SlotCalculator calculator = new SlotCalculator(working(DayOfWeek.SUNDAY, "01:00", "02:00", BusyTime.NONE), rules(0, 30, 0, 30));

        // 01:00 EDT to 02:00 EST is two hours of elapsed time, 01:00-02:00 happening twice.
        assertThat(starts(calculator, FALL_BACK)).containsExactly(
                "2026-11-01T01:00-04:00", "2026-11-01T01:30-04:00", "2026-11-01T01:00-05:00", "2026-11-01T01:30-05:00");
    }

    @Test
    void buffersKeepRoomAroundTheVisitAndAroundTheTimeOthersHold() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        long heldFrom = Instant.parse("2026-11-02T16:00:00Z").getEpochSecond(); // 11:00 EST
        BusyTime held = new BusyTime.Builder().add(heldFrom, heldFrom + 1800).build();
        SlotCalculator calculator = new SlotCalculator(working(DayOfWeek.MONDAY, "09:00", "12:30", held), rules(15, 30, 15, 30));

        // The buffer before pushes the first start to 09:30; a visit must end, buffer included, by the held 11:00.
        assertThat(starts(calculator, monday)).containsExactly("2026-11-02T09:30-05:00", "2026-11-02T10:00-05:00");
        assertThat(calculator.whyNot(DR.id(), Instant.parse("2026-11-02T15:30:00Z"))).contains(Unbookable.TAKEN);
        assertThat(calculator.whyNot(DR.id(), Instant.parse("2026-11-02T16:30:00Z"))).contains(Unbookable.TAKEN);
    }

    @Test
    void startsLieOnTheStepFromTheIntervalsStart() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        SlotCalculator calculator = new SlotCalculator(working(DayOfWeek.MONDAY, "09:10", "10:30", BusyTime.NONE), rules(0, 20, 0, 20));

        assertThat(starts(calculator, monday)).containsExactly(
                "2026-11-02T09:10-05:00", "2026-11-02T09:30-05:00", "2026-11-02T09:50-05:00", "2026-11-02T10:10-05:00");
        assertThat(calculator.whyNot(DR.id(), Instant.parse("2026-11-02T14:20:00Z"))).contains(Unbookable.OFF_STEP);
        assertThat(calculator.whyNot(DR.id(), Instant.parse("2026-11-02T14:30:00Z"))).isEmpty();
        assertThat(calculator.whyNot(DR.id(), Instant.parse("2026-11-02T16:00:00Z"))).contains(Unbookable.OUTSIDE_WORKING_HOURS);
    }

    @Test
    void aDayWithoutSlotsSaysWhy() {
        SlotCalculator calculator = new SlotCalculator(working(DayOfWeek.MONDAY, "09:00", "10:00", BusyTime.NONE), rules(0, 30, 0, 30));

        assertThat(calculator.day(LocalDate.of(2026, 11, 3), List.of(DR), NEW_YORK).reason()).isEqualTo(NoSlotsReason.CLOSED);
        assertThat(calculator.day(LocalDate.of(2027, 1, 4), List.of(DR), NEW_YORK).reason()).isEqualTo(NoSlotsReason.BEYOND_HORIZON);
    }
}
