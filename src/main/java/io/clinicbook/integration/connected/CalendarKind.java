package io.clinicbook.integration.connected;

/** How a connected calendar is read. */
enum CalendarKind {
    /** An iCalendar subscription URL (the "secret address" Google, Outlook and iCloud publish), polled with conditional GETs. */
    ICS,
    /** A CalDAV calendar collection (RFC 4791), read with a time-ranged calendar-query REPORT. */
    CALDAV
}
