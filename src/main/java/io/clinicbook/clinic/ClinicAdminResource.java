package io.clinicbook.clinic;

import io.clinicbook.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/clinic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin: clinic", description = "The clinic's settings")
class ClinicAdminResource {

    @Inject
    ClinicService clinics;

    @GET
    @Operation(summary = "Read the clinic's settings", description = "Includes the website origins allowed for CORS.")
    @APIResponse(responseCode = "200", description = "The settings")
    public ClinicSettings get() {
        return clinics.settings();
    }

    @PUT
    @Operation(summary = "Replace the clinic's settings")
    @APIResponse(responseCode = "200", description = "The settings as saved")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ClinicSettings put(@NotNull(message = "Please send the settings as a JSON body") @Valid ClinicSettings settings) {
        return clinics.update(settings);
    }
}
