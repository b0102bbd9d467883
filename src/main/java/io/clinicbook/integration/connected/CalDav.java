package io.clinicbook.integration.connected;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The CalDAV requests a read makes (RFC 4791, and CalendarServer's getctag) and what is taken from their answers. */
final class CalDav {

    private static final String DAV = "DAV:";
    private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    private static final String CALENDAR_SERVER = "http://calendarserver.org/ns/";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static final String PROPFIND = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">
              <d:prop><d:resourcetype/><cs:getctag/><d:getetag/></d:prop>
            </d:propfind>""";

    /** What the collection says of itself: whether it is a calendar, and the tag that changes with its content. */
    record Collection(boolean calendar, String tag) {
    }

    private CalDav() {
    }

    /** A calendar-query for the events that meet [from, until), with their data; the service expands recurrences itself. */
    static String query(Instant from, Instant until) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:getetag/><c:calendar-data/></d:prop>
                  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                    <c:time-range start="%s" end="%s"/>
                  </c:comp-filter></c:comp-filter></c:filter>
                </c:calendar-query>""".formatted(UTC.format(from), UTC.format(until));
    }

    static Collection collection(String multistatus) throws Unreadable {
        Document document = parse(multistatus);
        boolean calendar = document.getElementsByTagNameNS(CALDAV, "calendar").getLength() > 0;
        String tag = text(document.getElementsByTagNameNS(CALENDAR_SERVER, "getctag"));
        return new Collection(calendar, tag != null ? tag : text(document.getElementsByTagNameNS(DAV, "getetag")));
    }

    static List<String> calendarData(String multistatus) throws Unreadable {
        NodeList data = parse(multistatus).getElementsByTagNameNS(CALDAV, "calendar-data");
        List<String> calendars = new ArrayList<>();
        for (int i = 0; i < data.getLength(); i++) {
            String text = data.item(i).getTextContent();
            if (text != null && !text.isBlank()) {
                calendars.add(text);
            }
        }
        return calendars;
    }

    private static String text(NodeList nodes) {
        return nodes.getLength() == 0 || nodes.item(0).getTextContent().isBlank() ? null : nodes.item(0).getTextContent().trim();
    }

    private static Document parse(String xml) throws Unreadable {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new Unreadable("The CalDAV server's answer is not a readable multistatus.");
        }
    }
}
