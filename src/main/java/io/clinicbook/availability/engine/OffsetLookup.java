package io.clinicbook.availability.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The offsets of one zone at epoch seconds, asking the zone's rules only when a time falls outside the
 * stretch between transitions that the previous answer came from: a day of slots usually lies in one.
 * Not for sharing between threads.
 */
public final class OffsetLookup {

    private final ZoneRules rules;
    private ZoneOffset offset;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;

    public OffsetLookup(ZoneId zone) {
        this.rules = zone.getRules();
    }

    public ZoneOffset at(long epochSecond) {
        if (epochSecond < validFrom || epochSecond >= validUntil) {
            Instant instant = Instant.ofEpochSecond(epochSecond);
            offset = rules.getOffset(instant);
            ZoneOffsetTransition next = rules.nextTransition(instant);
            validFrom = epochSecond;
            validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        return offset;
    }
}
