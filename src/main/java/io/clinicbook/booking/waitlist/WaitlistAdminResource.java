package io.clinicbook.booking.waitlist;

import io.clinicbook.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff see the waitlist and the offers made from it. */
@Path(WaitlistAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: waitlist", description = "Patients waiting for freed time, and the offers made to them")
class WaitlistAdminResource {

    static final String PATH = "/api/v1/admin/waitlist";

    @Inject
    WaitlistService waitlist;

    @GET
    @Operation(summary = "List the waitlist", description = "The newest " + WaitlistService.STAFF_LIST + " entries first, with the "
            + "patients' details (absent once erased).")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StaffEntryView.class),
            examples = @ExampleObject(name = "entries", value = WaitlistExamples.ENTRIES)))
    public List<StaffEntryView> entries() {
        return waitlist.entries();
    }

    @GET
    @Path("/offers")
    @Operation(summary = "List the offers of freed time", description = "The newest " + WaitlistService.STAFF_LIST + " offers first: "
            + "to which entry, which time, until when it is held, and what became of it.")
    @APIResponse(responseCode = "200", description = "The offers", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StaffOfferView.class),
            examples = @ExampleObject(name = "offers", value = WaitlistExamples.OFFERS)))
    public List<StaffOfferView> offers() {
        return waitlist.offers();
    }
}
