package io.clinicbook.integration.connected;

import io.clinicbook.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A practitioner's own calendars, whose busy time keeps patients from booking it: staff connect, pause, read and remove them. */
@Path("/api/v1/admin/practitioners/{slug}/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: integrations")
class ConnectedCalendarResource {

    @Inject
    ConnectedCalendars calendars;

    @GET
    @Operation(summary = "List a practitioner's connected calendars",
            description = "With what the system last saw of each: last read tried and succeeded, the last error, the busy intervals held.")
    @APIResponse(responseCode = "200", description = "The calendars, oldest first")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CalendarView> list(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug) {
        return calendars.list(slug);
    }

    @POST
    @Operation(summary = "Connect a calendar of the practitioner",
            description = "An iCalendar subscription URL or a CalDAV calendar (user name and app password, stored encrypted and never "
                    + "returned). The calendar is read at once: one that cannot be read (no answer, refused credentials, not "
                    + "iCalendar, over the size or event limits, a private address) is a 400 naming the field. Its busy time then "
                    + "blocks the practitioner's slots; only start and end of busy time are kept.")
    @APIResponse(responseCode = "201", description = "Connected and read; Location is its address")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response add(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug,
            @NotNull(message = "Please send the calendar as a JSON body") @Valid CalendarRequest request) {
        CalendarView created = calendars.add(slug, request);
        return Response.created(URI.create("/api/v1/admin/practitioners/" + slug + "/calendars/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one connected calendar and what the system last saw of it")
    @APIResponse(responseCode = "200", description = "The calendar")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarView get(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug,
            @Parameter(example = "4") @PathParam("id") long id) {
        return calendars.get(slug, id);
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause a connected calendar", description = "It is no longer read, and its busy time no longer blocks slots.")
    @APIResponse(responseCode = "200", description = "The calendar, paused")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarView pause(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug,
            @Parameter(example = "4") @PathParam("id") long id) {
        return calendars.pause(slug, id);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a paused calendar", description = "Reads it at once; its busy time blocks slots again.")
    @APIResponse(responseCode = "200", description = "The calendar, active, as the read left it")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarView resume(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug,
            @Parameter(example = "4") @PathParam("id") long id) {
        return calendars.resume(slug, id);
    }

    @POST
    @Path("/{id}/syncs")
    @Operation(summary = "Read a connected calendar now",
            description = "Instead of waiting for clinic.calendars.sync-interval. A failed read is recorded in lastError, not answered as an error.")
    @APIResponse(responseCode = "200", description = "The calendar as the read left it")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarView sync(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug,
            @Parameter(example = "4") @PathParam("id") long id) {
        return calendars.syncNow(slug, id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a connected calendar", description = "Its busy time is free for booking at once.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void remove(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug,
            @Parameter(example = "4") @PathParam("id") long id) {
        calendars.remove(slug, id);
    }
}
