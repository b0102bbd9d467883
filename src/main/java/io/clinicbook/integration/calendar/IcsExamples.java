package io.clinicbook.integration.calendar;

/** Examples for the contract, as the service writes them (the VTIMEZONE shortened to today's rules). */
final class IcsExamples {

    private static final String ZONE = """
            BEGIN:VTIMEZONE
            TZID:America/New_York
            BEGIN:DAYLIGHT
            TZNAME:EDT
            TZOFFSETFROM:-0500
            TZOFFSETTO:-0400
            DTSTART:20070311T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZNAME:EST
            TZOFFSETFROM:-0400
            TZOFFSETTO:-0500
            DTSTART:20071104T020000
            RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
            END:STANDARD
            END:VTIMEZONE
            """;

    static final String VISIT = """
            BEGIN:VCALENDAR
            PRODID:-//clinicbook.io//Clinic booking 1.0//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            """ + ZONE + """
            BEGIN:VEVENT
            UID:K7Q4M2XP@appointments.clinicbook.io
            DTSTAMP:20261028T141500Z
            LAST-MODIFIED:20261028T141500Z
            SEQUENCE:1
            DTSTART;TZID=America/New_York:20261102T090000
            DTEND;TZID=America/New_York:20261102T093000
            STATUS:CONFIRMED
            SUMMARY:Follow-up adjustment – Dr. Maya Lindqvist
            DESCRIPTION:Riverside SOT Chiropractic\\n+1 555 010 4477\\n120 Main Street\\, Springfield\\nReference: K7Q4M2XP
            LOCATION:Riverside SOT Chiropractic\\, 120 Main Street\\, Springfield
            END:VEVENT
            END:VCALENDAR
            """;

    static final String FEED = """
            BEGIN:VCALENDAR
            PRODID:-//clinicbook.io//Clinic booking 1.0//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            X-WR-CALNAME:Dr. Maya Lindqvist – Riverside SOT Chiropractic
            X-WR-TIMEZONE:America/New_York
            """ + ZONE + """
            BEGIN:VEVENT
            UID:K7Q4M2XP@appointments.clinicbook.io
            DTSTAMP:20261028T141500Z
            LAST-MODIFIED:20261028T141500Z
            SEQUENCE:0
            DTSTART;TZID=America/New_York:20261102T090000
            DTEND;TZID=America/New_York:20261102T093000
            STATUS:TENTATIVE
            SUMMARY:Ana García – Follow-up adjustment
            DESCRIPTION:Follow-up adjustment\\nReturning patient\\nReason: Lower back pain since a long drive\\nRequested\\, not yet confirmed\\nReference: K7Q4M2XP
            LOCATION:Riverside SOT Chiropractic\\, 120 Main Street\\, Springfield
            CLASS:CONFIDENTIAL
            END:VEVENT
            END:VCALENDAR
            """;

    private IcsExamples() {
    }
}
