package io.clinicbook.staff.session;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in staff member as the console sees them, with the token its writes must carry. */
@Schema(name = "StaffSession")
record SessionView(
        @Schema(examples = "frontdesk") String username,
        @Schema(description = "admin or staff", examples = "staff") String role,
        @Schema(description = "Send it in the X-CSRF-Token header of every write made with the session cookie; "
                + "absent when the request signed in with HTTP Basic", examples = "q5c0bW1hLXNlc3Npb24tY3NyZi10b2tlbi1leGFtcGxl")
        String csrfToken,
        @Schema(description = "When the session ends at the latest, however busy (clinic.console.absolute-timeout after sign-in); "
                + "it ends sooner after clinic.console.idle-timeout unused", examples = "2026-12-07T05:00:00Z")
        Instant endsBy) {
}
