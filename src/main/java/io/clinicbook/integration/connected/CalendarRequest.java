package io.clinicbook.integration.connected;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practitioner's own calendar as staff connect it. */
@Schema(name = "ConnectedCalendarRequest")
record CalendarRequest(
        @NotNull(message = "Please say which kind of calendar this is: ICS or CALDAV")
        @Schema(description = "ICS: an iCalendar subscription URL (Google's, Outlook's or iCloud's secret address). "
                + "CALDAV: a CalDAV calendar collection, with a user name and an app password.", examples = "CALDAV")
        CalendarKind kind,
        @NotBlank(message = "Please give the calendar's url") @Size(max = 2000, message = "Please keep the url under 2000 characters")
        @Schema(description = "http or https, resolving to a public address", examples = "https://caldav.example.com/dav/maya/work/")
        String url,
        @Size(max = 200, message = "Please keep the user name under 200 characters")
        @Schema(description = "CalDAV only", examples = "maya@example.com") String username,
        @Size(max = 500, message = "Please keep the password under 500 characters")
        @Schema(description = "CalDAV only: an app password. Stored encrypted, never returned.", examples = "abcd-efgh-ijkl-mnop")
        String password,
        @Size(max = 200, message = "Please keep the description under 200 characters")
        @Schema(examples = "Maya's work calendar") String description,
        @Schema(description = "CALDAV only, default false: write the practitioner's visits into this calendar (through the outbox; "
                + "a visit the practitioner edited there is not overwritten)", examples = "true")
        Boolean writeVisits) {
}
