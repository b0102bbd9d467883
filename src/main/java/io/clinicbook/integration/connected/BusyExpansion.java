package io.clinicbook.integration.connected;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.time.zone.ZoneRules;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TemporalAmountAdapter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RDate;

/**
 * The time an iCalendar text makes busy, as RFC 5545 means it, within a window: every VEVENT blocks
 * except TRANSP:TRANSPARENT and STATUS:CANCELLED ones and those whose UID ends with this service's own
 * domain (its visits, read back); all-day (DATE) events over the clinic-local days they cover; RRULE (expanded
 * by ical4j), RDATE and EXDATE, and RECURRENCE-ID overrides that move or cancel one occurrence. A series
 * expands in its own zone's wall-clock time (a weekly 10:00 stays 10:00 across DST; see {@link EventZones});
 * floating times read in the clinic's zone. Only [start, end) instants come out: no title, no description.
 */
final class BusyExpansion {

    /** One busy stretch [start, end). */
    record Interval(Instant start, Instant end) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final ZoneId clinic;
    private final String ownUidSuffix;
    private final int maxEvents;
    private final int maxIntervals;

    BusyExpansion(ZoneId clinic, String ownUidDomain, int maxEvents, int maxIntervals) {
        this.clinic = clinic;
        this.ownUidSuffix = "@" + ownUidDomain;
        this.maxEvents = maxEvents;
        this.maxIntervals = maxIntervals;
    }

    /** The busy intervals of every calendar text that meet [from, until). */
    List<Interval> busy(List<String> calendars, Instant from, Instant until) throws Unreadable {
        List<Interval> busy = new ArrayList<>();
        int events = 0;
        for (String text : calendars) {
            Calendar calendar = parse(text);
            List<VEvent> vevents = calendar.getComponents(VEvent.VEVENT);
            events += vevents.size();
            if (events > maxEvents) {
                throw new Unreadable("The calendar holds more than " + maxEvents + " events, the most this service reads.");
            }
            Reader reader = new Reader(new EventZones(clinic, calendar.getComponents(VTimeZone.VTIMEZONE)), from, until, busy);
            Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
            for (VEvent event : vevents) {
                byUid.computeIfAbsent(value(event, Property.UID).orElse(""), uid -> new ArrayList<>()).add(event);
            }
            try {
                for (Map.Entry<String, List<VEvent>> series : byUid.entrySet()) {
                    if (!series.getKey().endsWith(ownUidSuffix)) {
                        reader.series(series.getValue());
                    }
                }
            } catch (RuntimeException e) {
                throw new Unreadable("An event's date, time or duration cannot be read.");
            }
        }
        return busy;
    }

    private static Calendar parse(String text) throws Unreadable {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new Unreadable("The calendar is not valid iCalendar (line " + e.getLineNo() + ").");
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("The calendar is not valid iCalendar.");
        }
    }

    /** A DATE, or a local DATE-TIME with the rules it reads under (UTC for a time ending in Z). */
    private record Stamp(LocalDate date, LocalDateTime local, ZoneRules rules) {
        boolean allDay() {
            return date != null;
        }
    }

    /** Reads the series of one calendar into {@code busy}. */
    private final class Reader {
        private final EventZones zones;
        private final Instant from;
        private final Instant until;
        private final List<Interval> busy;

        Reader(EventZones zones, Instant from, Instant until, List<Interval> busy) {
            this.zones = zones;
            this.from = from;
            this.until = until;
            this.busy = busy;
        }

        /** One UID's events: the master (no RECURRENCE-ID) and the overrides of single occurrences. */
        void series(List<VEvent> events) throws Unreadable {
            Set<Instant> overridden = new HashSet<>();
            for (VEvent event : events) {
                Optional<Property> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
                if (recurrenceId.isPresent()) {
                    overridden.add(instant(stamp(recurrenceId.get())));
                    occurrences(event, Set.of(), false);
                }
            }
            for (VEvent event : events) {
                if (event.getProperty(Property.RECURRENCE_ID).isEmpty()) {
                    occurrences(event, overridden, true);
                }
            }
        }

        private void occurrences(VEvent event, Set<Instant> overridden, boolean recurs) throws Unreadable {
            Optional<Property> dtStart = event.getProperty(Property.DTSTART);
            if (dtStart.isEmpty() || !blocks(event)) {
                return;
            }
            Stamp start = stamp(dtStart.get());
            Function<Stamp, Instant> endOf = end(event, start);
            if (endOf == null) {
                return; // a DATE-TIME start with neither end nor duration takes up no time
            }
            TreeMap<Instant, Stamp> starts = new TreeMap<>();
            starts.put(instant(start), start);
            Map<Instant, Instant> explicitEnds = new LinkedHashMap<>();
            if (recurs) {
                long span = Math.max(0, endOf.apply(start).getEpochSecond() - instant(start).getEpochSecond());
                for (Property rrule : event.getProperties(Property.RRULE)) {
                    for (Stamp occurrence : expand(rrule.getValue(), start, span)) {
                        starts.put(instant(occurrence), occurrence);
                    }
                }
                for (Property rdate : event.getProperties(Property.RDATE)) {
                    rdates(rdate, starts, explicitEnds);
                }
                for (Property exdate : event.getProperties(Property.EXDATE)) {
                    for (String value : exdate.getValue().split(",")) {
                        starts.remove(instant(stamp(value.trim(), tzid(exdate))));
                    }
                }
                overridden.forEach(starts::remove);
            }
            for (Map.Entry<Instant, Stamp> occurrence : starts.entrySet()) {
                Instant end = explicitEnds.getOrDefault(occurrence.getKey(), endOf.apply(occurrence.getValue()));
                if (end.isAfter(occurrence.getKey()) && end.isAfter(from) && occurrence.getKey().isBefore(until)) {
                    if (busy.size() == maxIntervals) {
                        throw new Unreadable("The calendar makes more than " + maxIntervals + " busy intervals in the window read, "
                                + "the most this service keeps.");
                    }
                    busy.add(new Interval(occurrence.getKey(), end));
                }
            }
        }

        /** The occurrences of an RRULE (with UNTIL in the seed's own form, as ical4j compares them) in the window. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private List<Stamp> expand(String rule, Stamp seed, long spanSeconds) throws Unreadable {
            String normalized = withLocalUntil(rule, seed);
            try {
                if (seed.allDay()) {
                    LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(spanSeconds / 86_400 + 2);
                    LocalDate last = LocalDate.ofInstant(until, ZoneOffset.UTC).plusDays(2);
                    List<LocalDate> dates = new Recur<LocalDate>(normalized).getDates(seed.date(), first, last, maxIntervals + 1);
                    return dates.stream().map(d -> new Stamp(d, null, null)).toList();
                }
                LocalDateTime first = LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusSeconds(spanSeconds).minusDays(2);
                LocalDateTime last = LocalDateTime.ofInstant(until, ZoneOffset.UTC).plusDays(2);
                List<LocalDateTime> times = new Recur<LocalDateTime>(normalized).getDates(seed.local(), first, last, maxIntervals + 1);
                return times.stream().map(t -> new Stamp(null, t, seed.rules())).toList();
            } catch (RuntimeException e) {
                throw new Unreadable("A recurrence rule cannot be read (" + rule.split(";")[0] + ").");
            }
        }

        private String withLocalUntil(String rule, Stamp seed) {
            StringBuilder rewritten = new StringBuilder();
            for (String part : rule.split(";")) {
                if (part.startsWith("UNTIL=")) {
                    String until = part.substring(6);
                    if (seed.allDay()) {
                        part = "UNTIL=" + until.substring(0, 8);
                    } else if (until.endsWith("Z")) {
                        Instant at = LocalDateTime.parse(until.substring(0, until.length() - 1), LOCAL).toInstant(ZoneOffset.UTC);
                        part = "UNTIL=" + LOCAL.format(LocalDateTime.ofInstant(at, seed.rules().getOffset(at)));
                    } else if (until.length() == 8) {
                        part = "UNTIL=" + until + "T235959";
                    }
                }
                rewritten.append(rewritten.length() == 0 ? "" : ";").append(part);
            }
            return rewritten.toString();
        }

        private void rdates(Property rdate, Map<Instant, Stamp> starts, Map<Instant, Instant> explicitEnds) {
            boolean periods = rdate.getParameter("VALUE").map(p -> "PERIOD".equalsIgnoreCase(p.getValue())).orElse(false);
            if (periods) { // read typed: ical4j writes a period's UTC times back without their Z
                ((RDate<?>) rdate).getPeriods().ifPresent(list -> list.forEach(period -> {
                    Instant at = instant(period.getStart(), tzid(rdate));
                    starts.put(at, new Stamp(null, LocalDateTime.ofInstant(at, ZoneOffset.UTC), ZoneOffset.UTC.getRules()));
                    explicitEnds.put(at, instant(period.getEnd(), tzid(rdate)));
                }));
                return;
            }
            for (String value : rdate.getValue().split(",")) {
                Stamp start = stamp(value.trim(), tzid(rdate));
                starts.put(instant(start), start);
            }
        }

        /** A time ical4j parsed: one with an offset as it is, a local one under the TZID's rules as this reader has them. */
        private Instant instant(Temporal time, String tzid) {
            if (time instanceof ZonedDateTime zoned) {
                return EventZones.instant(zoned.toLocalDateTime(), zones.rules(tzid));
            }
            if (time instanceof LocalDateTime local) {
                return EventZones.instant(local, zones.rules(tzid));
            }
            if (time instanceof LocalDate date) {
                return dayStart(date);
            }
            return Instant.from(time);
        }

        /** How each occurrence's end follows from its start: DTEND's distance in wall-clock time, or DURATION. */
        private Function<Stamp, Instant> end(VEvent event, Stamp start) {
            Optional<Property> dtEnd = event.getProperty(Property.DTEND);
            if (dtEnd.isPresent()) {
                Stamp end = stamp(dtEnd.get());
                if (start.allDay() && end.allDay()) {
                    long days = ChronoUnit.DAYS.between(start.date(), end.date());
                    return occurrence -> dayStart(occurrence.date().plusDays(days));
                }
                if (!start.allDay() && !end.allDay() && start.rules().equals(end.rules())) {
                    long seconds = ChronoUnit.SECONDS.between(start.local(), end.local());
                    return occurrence -> EventZones.instant(occurrence.local().plusSeconds(seconds), occurrence.rules());
                }
                long seconds = instant(end).getEpochSecond() - instant(start).getEpochSecond();
                return occurrence -> instant(occurrence).plusSeconds(seconds);
            }
            Optional<Property> duration = event.getProperty(Property.DURATION);
            if (duration.isPresent()) {
                TemporalAmount amount = TemporalAmountAdapter.parse(duration.get().getValue()).getDuration();
                return occurrence -> ends(occurrence, amount);
            }
            return start.allDay() ? occurrence -> dayStart(occurrence.date().plusDays(1)) : null;
        }

        private Instant ends(Stamp start, TemporalAmount amount) {
            if (start.allDay()) {
                return amount instanceof java.time.Period ? dayStart(start.date().plus(amount)) : dayStart(start.date()).plus(amount);
            }
            return amount instanceof java.time.Period ? EventZones.instant(start.local().plus(amount), start.rules())
                    : instant(start).plus(amount);
        }

        private Stamp stamp(Property property) {
            return stamp(property.getValue(), tzid(property));
        }

        private Stamp stamp(String value, String tzid) {
            try {
                if (value.length() == 8) {
                    return new Stamp(LocalDate.parse(value, DATE), null, null);
                }
                if (value.endsWith("Z") || value.endsWith("z")) {
                    return new Stamp(null, LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL), ZoneOffset.UTC.getRules());
                }
                return new Stamp(null, LocalDateTime.parse(value, LOCAL), zones.rules(tzid));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not an iCalendar date or time", e);
            }
        }

        private Instant instant(Stamp stamp) {
            return stamp.allDay() ? dayStart(stamp.date()) : EventZones.instant(stamp.local(), stamp.rules());
        }

        private Instant dayStart(LocalDate date) {
            return date.atStartOfDay(clinic).toInstant();
        }
    }

    private static String tzid(Property property) {
        return property.getParameter("TZID").map(p -> p.getValue()).orElse(null);
    }

    private static boolean blocks(VEvent event) {
        return !value(event, Property.TRANSP).map("TRANSPARENT"::equalsIgnoreCase).orElse(false)
                && !value(event, Property.STATUS).map("CANCELLED"::equalsIgnoreCase).orElse(false);
    }

    private static Optional<String> value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).map(String::trim);
    }
}
