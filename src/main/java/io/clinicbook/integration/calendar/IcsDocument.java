package io.clinicbook.integration.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** A VCALENDAR around events, with the VTIMEZONE their TZID names, written as RFC 5545 text. */
final class IcsDocument {

    static final String MEDIA_TYPE = "text/calendar";
    private static final ProdId PRODUCT = new ProdId("-//clinicbook.io//Clinic booking 1.0//EN");
    /** Zones come from the definitions bundled with ical4j (see ical4j.properties: no updates from the network). */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsDocument() {
    }

    /**
     * The zone's full VTIMEZONE, without its TZURL: that would invite calendar apps to fetch the zone from
     * a third party, and the definition here is complete. A copy, since the registry caches the original.
     */
    private static VTimeZone timeZone(ZoneId zone) {
        VTimeZone definition = ZONES.getTimeZone(zone.getId()).getVTimeZone().copy();
        definition.removeAll(Property.TZURL);
        return definition;
    }

    /** A calendar of {@code events} in {@code zone}; {@code method} is null for a stored copy or a feed. */
    static String write(ZoneId zone, Method method, String name, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(PRODUCT);
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (method != null) {
            calendar.add(method);
        }
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
            calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        }
        calendar.add(timeZone(zone));
        for (VEvent event : events) {
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
