package io.clinicbook.booking.waitlist;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer of freed time as its patient sees it (with the offer's token). */
@Schema(name = "WaitlistOffer")
record OfferView(
        @Schema(examples = "follow-up-adjustment") String service,
        @Schema(examples = "dr-maya-lindqvist") String practitioner,
        @Schema(examples = "Dr. Maya Lindqvist") String practitionerName,
        @Schema(examples = "2026-11-03T10:00:00-05:00") OffsetDateTime start,
        @Schema(examples = "2026-11-03T10:30:00-05:00") OffsetDateTime end,
        @Schema(description = "Until when the time is held for this patient alone", examples = "2026-11-02T07:30:00-05:00")
        OffsetDateTime holdUntil,
        @Schema(examples = "OPEN") WaitlistOffer.Status status) {

    static OfferView of(WaitlistOffer offer, ZoneId zone) {
        return new OfferView(offer.entry.service.slug, offer.practitioner.slug, offer.practitioner.displayName,
                offer.startsAt.atZone(zone).toOffsetDateTime(), offer.endsAt.atZone(zone).toOffsetDateTime(),
                offer.expiresAt.atZone(zone).toOffsetDateTime(), offer.status);
    }
}
