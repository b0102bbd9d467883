package io.clinicbook.integration.connected;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * The rules of the TZIDs one calendar uses, preferring the JDK's: a TZID the JDK knows (also behind a
 * {@code /mozilla.org/...} prefix) reads with the JDK's rules even when the calendar carries a VTIMEZONE for it
 * (ical4j builds wrong future DST dates from some, such as Google's America/New_York); a Windows name
 * ("Eastern Standard Time", as Outlook and Exchange write) reads as the IANA zone CLDR maps it to; any other
 * TZID with a VTIMEZONE in the calendar (Outlook's "(UTC-05:00) Eastern Time (US &amp; Canada)") reads with the
 * rules ical4j builds from it; a TZID neither knows reads in the clinic's zone, like floating time.
 */
final class EventZones {

    /** CLDR's windowsZones.xml, territory 001, for the zones clinics and their practitioners are most likely in. */
    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("Eastern Standard Time", "America/New_York"), Map.entry("US Eastern Standard Time", "America/Indiana/Indianapolis"),
            Map.entry("Central Standard Time", "America/Chicago"), Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("US Mountain Standard Time", "America/Phoenix"), Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("Alaskan Standard Time", "America/Anchorage"), Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
            Map.entry("Atlantic Standard Time", "America/Halifax"), Map.entry("Newfoundland Standard Time", "America/St_Johns"),
            Map.entry("Canada Central Standard Time", "America/Regina"), Map.entry("Central America Standard Time", "America/Guatemala"),
            Map.entry("Central Standard Time (Mexico)", "America/Mexico_City"), Map.entry("SA Pacific Standard Time", "America/Bogota"),
            Map.entry("E. South America Standard Time", "America/Sao_Paulo"), Map.entry("Argentina Standard Time", "America/Buenos_Aires"),
            Map.entry("GMT Standard Time", "Europe/London"), Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"), Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"), Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"), Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("GTB Standard Time", "Europe/Bucharest"), Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("Israel Standard Time", "Asia/Jerusalem"), Map.entry("Arabian Standard Time", "Asia/Dubai"),
            Map.entry("India Standard Time", "Asia/Calcutta"), Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Singapore Standard Time", "Asia/Singapore"), Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("Korea Standard Time", "Asia/Seoul"), Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("E. Australia Standard Time", "Australia/Brisbane"), Map.entry("New Zealand Standard Time", "Pacific/Auckland"),
            Map.entry("UTC", "UTC"), Map.entry("Coordinated Universal Time", "UTC"));

    private static final Set<String> JDK = ZoneId.getAvailableZoneIds();

    private final ZoneRules clinic;
    private final Map<String, ZoneRules> byTzid = new HashMap<>();

    EventZones(ZoneId clinicZone, List<VTimeZone> definitions) {
        this.clinic = clinicZone.getRules();
        for (VTimeZone definition : definitions) {
            String tzid = definition.getTimeZoneId().getValue();
            if (known(tzid).isEmpty()) {
                try {
                    byTzid.put(tzid, new ZoneRulesBuilder().vTimeZone(definition).build());
                } catch (RuntimeException e) {
                    // A VTIMEZONE ical4j cannot build: its times read in the clinic's zone, as an unknown TZID's do.
                }
            }
        }
    }

    /** The rules of a TZID parameter's value, or of floating time (null). */
    ZoneRules rules(String tzid) {
        if (tzid == null) {
            return clinic;
        }
        return known(tzid).map(ZoneId::getRules).orElseGet(() -> byTzid.getOrDefault(tzid, clinic));
    }

    /** The JDK's zone for a TZID written as IANA, with a vendor prefix, or as a Windows name. */
    static Optional<ZoneId> known(String tzid) {
        String trimmed = tzid.trim();
        if (JDK.contains(trimmed)) {
            return Optional.of(ZoneId.of(trimmed));
        }
        String[] parts = trimmed.split("/");
        for (int from = 1; from < parts.length - 1; from++) { // /mozilla.org/20050126_1/America/New_York
            String tail = String.join("/", List.of(parts).subList(from, parts.length));
            if (JDK.contains(tail)) {
                return Optional.of(ZoneId.of(tail));
            }
        }
        return Optional.ofNullable(WINDOWS.get(trimmed)).map(ZoneId::of);
    }

    /**
     * The instant of a local time under these rules, as RFC 5545 3.3.5 reads it: a time skipped by a
     * spring-forward with the offset before the gap (so 02:30 is 03:30), a repeated time at its first occurrence.
     */
    static Instant instant(LocalDateTime local, ZoneRules rules) {
        ZoneOffsetTransition transition = rules.getTransition(local);
        ZoneOffset offset = transition != null ? transition.getOffsetBefore() : rules.getOffset(local);
        return local.toInstant(offset);
    }
}
