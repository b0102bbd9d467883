package io.clinicbook.booking.waitlist;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer of freed time as staff see it: to which entry, for which time, and what became of it. */
@Schema(name = "StaffWaitlistOffer")
record StaffOfferView(
        @Schema(description = "The entry the time was offered to", examples = "W7KQ2MZA") String entry,
        @Schema(examples = "dr-maya-lindqvist") String practitioner,
        @Schema(examples = "2026-11-03T10:00:00-05:00") OffsetDateTime start,
        @Schema(examples = "2026-11-03T10:30:00-05:00") OffsetDateTime end,
        @Schema(examples = "2026-11-02T07:30:00-05:00") OffsetDateTime holdUntil,
        @Schema(examples = "OPEN") WaitlistOffer.Status status,
        @Schema(description = "The appointment booked by accepting", examples = "K7Q4M2XP") String appointment,
        @Schema(examples = "2026-11-02T07:00:00-05:00") OffsetDateTime offeredAt) {

    /** {@code appointment}: the reference of the appointment booked by accepting, or null. */
    static StaffOfferView of(WaitlistOffer o, String appointment, ZoneId zone) {
        return new StaffOfferView(o.entry.reference, o.practitioner.slug, o.startsAt.atZone(zone).toOffsetDateTime(),
                o.endsAt.atZone(zone).toOffsetDateTime(), o.expiresAt.atZone(zone).toOffsetDateTime(), o.status, appointment,
                o.createdAt.atZone(zone).toOffsetDateTime());
    }
}
