package io.clinicbook.integration.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Generated iCalendar text parsed back with ical4j, and the parts tests look at. */
record Ics(Calendar calendar) {

    static Ics parse(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            calendar.validate();
            return new Ics(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("Not valid iCalendar: " + e.getMessage() + "\n" + text, e);
        }
    }

    List<VEvent> events() {
        return calendar.getComponents("VEVENT");
    }

    VEvent onlyEvent() {
        List<VEvent> events = events();
        if (events.size() != 1) {
            throw new AssertionError("Expected one event, found " + events.size());
        }
        return events.get(0);
    }

    String calendarProperty(String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    static String parameter(VEvent event, String property, String parameter) {
        return event.getProperty(property).flatMap(p -> p.getParameter(parameter)).map(Object::toString).orElse(null);
    }
}
