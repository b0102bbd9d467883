package io.clinicbook.availability.workingtime;

import io.clinicbook.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/practitioners/{slug}/working-hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: working time", description = "Weekly hours, time off and clinic closures, in the clinic's local time")
class WorkingHoursAdminResource {

    @Inject
    WorkingHoursService hours;

    @GET
    @Operation(summary = "Read a practitioner's weekly hours", description = "Clinic-local wall-clock times, Monday first.")
    @APIResponse(responseCode = "200", description = "The week")
    public WeeklyHours get(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug) {
        return hours.weekOf(slug);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a practitioner's weekly hours",
            description = "The whole week at once. Intervals of one day must not overlap; a lunch break is two intervals.")
    @APIResponse(responseCode = "200", description = "The week as saved")
    public WeeklyHours put(@PathParam("slug") String slug,
            @NotNull(message = "Please send the week as a JSON body") @Valid WeeklyHours week) {
        return hours.replaceWeek(slug, week);
    }
}
