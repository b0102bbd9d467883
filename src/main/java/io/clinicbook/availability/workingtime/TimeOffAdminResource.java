package io.clinicbook.availability.workingtime;

import io.clinicbook.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/practitioners/{slug}/time-off")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: working time")
class TimeOffAdminResource {

    @Inject
    OffPeriodService periods;

    @GET
    @Operation(summary = "List a practitioner's time off", description = "Periods touching [from, to]; by default those not over yet.")
    @APIResponse(responseCode = "200", description = "The periods, earliest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<OffPeriod> list(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug,
            @Parameter(description = "First clinic-local date (default today)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Last clinic-local date (default no limit)", example = "2026-12-31") @QueryParam("to") String to) {
        return periods.timeOff(slug, from, to);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one period of time off")
    @APIResponse(responseCode = "200", description = "The period")
    public OffPeriod get(@PathParam("slug") String slug, @PathParam("id") long id) {
        return periods.timeOff(slug, id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add time off", description = "Whole days when both times are empty; otherwise partial.")
    @APIResponse(responseCode = "201", description = "Created; Location is its address")
    public Response add(@PathParam("slug") String slug,
            @NotNull(message = "Please send the period as a JSON body") @Valid OffPeriod period) {
        OffPeriod created = periods.addTimeOff(slug, period);
        return Response.created(URI.create("/api/v1/admin/practitioners/" + slug + "/time-off/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a period of time off")
    @APIResponse(responseCode = "200", description = "The period as saved")
    public OffPeriod put(@PathParam("slug") String slug, @PathParam("id") long id,
            @NotNull(message = "Please send the period as a JSON body") @Valid OffPeriod period) {
        return periods.updateTimeOff(slug, id, period);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a period of time off")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("slug") String slug, @PathParam("id") long id) {
        periods.deleteTimeOff(slug, id);
    }
}
