package io.clinicbook.integration.connected;

import static io.clinicbook.Staff.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An event's title, description and attendees never reach the database or the log: a calendar whose events
 * carry a marker title is connected, read, read again broken, and searched and booked against; then every
 * log record of the service and every text of every table are searched for the marker.
 */
@QuarkusTest
class NothingOfTheEventKeptTest extends OnAFixedMorning {

    private static final String MARKER = "Marker-title-7d1f for a private appointment";

    @Inject
    DataSource dataSource;

    @Test
    void noTitleDescriptionOrAttendeeIsStoredOrLogged() throws SQLException {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + (record.getParameters() == null ? "" : List.of(record.getParameters()))
                        + " " + (record.getThrown() == null ? "" : record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (IcsServer server = new IcsServer()) {
            String service = CatalogueFixtures.service(30);
            String dr = BookingFixtures.practitioner(service);
            String event = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15//EN\r\nBEGIN:VEVENT\r\nUID:marker-1@icloud.com\r\n"
                    + "DTSTAMP:20261101T120000Z\r\nDTSTART;TZID=America/New_York:20261103T100000\r\nDTEND;TZID=America/New_York:20261103T110000\r\n"
                    + "SUMMARY:" + MARKER + "\r\nDESCRIPTION:" + MARKER + "\r\nLOCATION:" + MARKER + "\r\n"
                    + "ATTENDEE;CN=" + MARKER + ":mailto:marker@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
            server.serve(event);
            long id = CalendarFixtures.subscribe(dr, server.url("/secret/marker.ics"));
            BookingFixtures.post(BookingFixtures.request(service, dr, BookingFixtures.november(3, 10, 0))).statusCode(422);
            // Broken later: the failing read is shown to staff with its reason, which quotes nothing of the event.
            server.serve(event.replace("END:VEVENT", "DTSTART:not-a-date " + MARKER + "\r\nEND:VEVENT"));
            CalendarFixtures.sync(dr, id);
            assertThat(asAdmin().get("/api/v1/admin/practitioners/" + dr + "/calendars").then().statusCode(200).extract().asString())
                    .doesNotContain(MARKER);
        } finally {
            root.removeHandler(capture);
        }

        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(MARKER) || line.contains("Marker-title-7d1f"));
        assertThat(everyTextInTheDatabase()).noneMatch(text -> text.contains("Marker-title-7d1f"));
    }

    private List<String> everyTextInTheDatabase() throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    String schema = found.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("public"))) {
                        tables.add(found.getString("TABLE_NAME"));
                    }
                }
            }
            assertThat(tables).as("the service's tables").anyMatch(name -> name.equalsIgnoreCase("calendar_busy"));
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int column = 1; column <= columns; column++) {
                                texts.add(String.valueOf(rows.getObject(column)));
                            }
                        }
                    }
                }
            }
        }
        return texts;
    }
}
