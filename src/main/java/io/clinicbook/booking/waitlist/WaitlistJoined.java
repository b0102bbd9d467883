package io.clinicbook.booking.waitlist;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to joining: the entry, and its token, shown this once. */
@Schema(name = "WaitlistJoined")
record WaitlistJoined(
        @Schema(description = "The entry's secret token, shown only here: send it in X-Waitlist-Token to leave the waitlist.",
                examples = "q8Wm0dJ2c1kH4v3s9XyZaBcDeFgHiJkLmNoPqRsTuVw") String token,
        WaitlistEntryView entry) {
}
