package io.clinicbook.clinic;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/clinic")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinic", description = "Who the clinic is and how it books")
class ClinicResource {

    @Inject
    ClinicService clinics;

    @GET
    @Operation(summary = "The clinic", description = "Name, time zone, contact details, booking policy and supported locales.")
    @APIResponse(responseCode = "200", description = "The clinic")
    public ClinicView get() {
        return clinics.view();
    }
}
