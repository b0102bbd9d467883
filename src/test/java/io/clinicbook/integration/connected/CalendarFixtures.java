package io.clinicbook.integration.connected;

import static io.clinicbook.Staff.asAdmin;

import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Calendars and connections for tests; every event carries a marker title that must never be stored or shown. */
public final class CalendarFixtures {

    static final String MARKER = "Root canal at Dr Molar";

    private CalendarFixtures() {
    }

    /** A VCALENDAR of these VEVENT bodies (each its properties without BEGIN/END, UID and DTSTAMP added). */
    public static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                + Arrays.stream(events).map(e -> "BEGIN:VEVENT\r\nUID:" + Math.abs(e.hashCode()) + "@google.com\r\nDTSTAMP:20261101T120000Z\r\n"
                        + "SUMMARY:" + MARKER + "\r\nDESCRIPTION:Bring the X-rays\r\n" + e.strip().replace("\n", "\r\n") + "\r\nEND:VEVENT\r\n")
                .collect(Collectors.joining())
                + "END:VCALENDAR\r\n";
    }

    static ValidatableResponse connect(String practitioner, String body) {
        return asAdmin().body(body).post("/api/v1/admin/practitioners/" + practitioner + "/calendars").then();
    }

    public static long subscribe(String practitioner, String url) {
        return connect(practitioner, """
                {"kind":"ICS","url":"%s","description":"Own calendar"}""".formatted(url)).statusCode(201).extract().jsonPath().getLong("id");
    }

    static ValidatableResponse sync(String practitioner, long id) {
        return asAdmin().post("/api/v1/admin/practitioners/" + practitioner + "/calendars/" + id + "/syncs").then().statusCode(200);
    }

    static void remove(String practitioner, long id) {
        asAdmin().delete("/api/v1/admin/practitioners/" + practitioner + "/calendars/" + id).then().statusCode(204);
    }
}
