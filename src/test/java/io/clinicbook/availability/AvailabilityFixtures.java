package io.clinicbook.availability;

import static io.clinicbook.Staff.asAdmin;

import io.clinicbook.catalog.CatalogueFixtures;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gives practitioners working time through the admin API. Closures are clinic-wide: a test that adds
 * one deletes it in {@code @AfterEach} with {@link #deleteClosure(long)}.
 */
public final class AvailabilityFixtures {

    private AvailabilityFixtures() {
    }

    /** A new practitioner who offers {@code service} and works {@code start}–{@code end} (HH:mm) every day; answers the slug. */
    public static String practitionerWorking(String service, String start, String end) {
        String practitioner = CatalogueFixtures.practitioner(service);
        everyDay(practitioner, start, end);
        return practitioner;
    }

    /** Replaces the practitioner's week with {@code start}–{@code end} (HH:mm) on every day, weekends included. */
    public static void everyDay(String practitioner, String start, String end) {
        on(practitioner, List.of(DayOfWeek.values()), start, end);
    }

    /** Replaces the practitioner's week with {@code start}–{@code end} (HH:mm) Monday to Friday. */
    public static void weekdays(String practitioner, String start, String end) {
        on(practitioner, Arrays.asList(DayOfWeek.values()).subList(0, 5), start, end);
    }

    /** Replaces the practitioner's week with one interval on each of {@code days}. */
    public static void on(String practitioner, List<DayOfWeek> days, String start, String end) {
        workingHours(practitioner, days.stream()
                .map(day -> "{\"day\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(day, start, end))
                .collect(Collectors.joining(",", "[", "]")));
    }

    /** Replaces the practitioner's week with {@code intervals}, a JSON array of working intervals. */
    public static void workingHours(String practitioner, String intervals) {
        asAdmin().body("{\"intervals\":" + intervals + "}")
                .put("/api/v1/admin/practitioners/{slug}/working-hours", practitioner).then().statusCode(200);
    }

    /** Adds time off (times HH:mm, or null for whole days) and answers its id. */
    public static long timeOff(String practitioner, String firstDay, String lastDay, String startTime, String endTime) {
        return asAdmin().body(period(firstDay, lastDay, startTime, endTime))
                .post("/api/v1/admin/practitioners/{slug}/time-off", practitioner).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Closes the whole clinic (times HH:mm, or null for whole days) and answers the closure's id. */
    public static long closure(String firstDay, String lastDay, String startTime, String endTime) {
        return asAdmin().body(period(firstDay, lastDay, startTime, endTime))
                .post("/api/v1/admin/closures").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void deleteClosure(long id) {
        asAdmin().delete("/api/v1/admin/closures/{id}", id).then().statusCode(204);
    }

    /** A closure or time off; whole days leave the times out (the API refuses an explicit null). */
    private static Map<String, String> period(String firstDay, String lastDay, String startTime, String endTime) {
        Map<String, String> period = new LinkedHashMap<>(Map.of("firstDay", firstDay, "lastDay", lastDay, "note", "Test"));
        if (startTime != null) {
            period.put("startTime", startTime);
        }
        if (endTime != null) {
            period.put("endTime", endTime);
        }
        return period;
    }
}
