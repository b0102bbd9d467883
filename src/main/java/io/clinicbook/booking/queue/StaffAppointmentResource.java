package io.clinicbook.booking.queue;

import io.clinicbook.staff.Roles;
import io.clinicbook.support.Paging;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The front desk's queue: find appointments, move them along their lifecycle, read their history. */
@Path("/api/v1/admin/appointments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: appointments", description = "The appointment queue")
class StaffAppointmentResource {

    @Inject
    AppointmentQueue queue;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "List and filter appointments",
            description = "Ordered by start time; all filters are optional. To find a patient, use POST /search.")
    @APIResponse(responseCode = "200", description = "One page of appointments")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public AppointmentPage list(
            @Parameter(description = "Only these statuses (repeat the parameter for several)",
                    examples = @ExampleObject(name = "requested", value = "[\"REQUESTED\"]"))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Practitioner slug", example = "dr-maya-lindqvist") @QueryParam("practitioner") String practitioner,
            @Parameter(description = "Visits starting at or after, ISO-8601 with offset", example = "2026-11-02T00:00:00-05:00")
            @QueryParam("from") String from,
            @Parameter(description = "Visits starting before, ISO-8601 with offset", example = "2026-11-09T00:00:00-05:00")
            @QueryParam("to") String to,
            @BeanParam @Valid Paging paging) {
        return queue.list(QueueFilter.of(status, practitioner, from, to), paging.page, paging.size);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search appointments, by patient too",
            description = "The filters of the list plus part of a patient's or contact's name or email, sent in the body "
                    + "so that patient data stays out of URLs and access logs.")
    @APIResponse(responseCode = "200", description = "One page of appointments")
    public AppointmentPage search(@NotNull(message = "Please send the search as a JSON body") @Valid AppointmentSearch search) {
        return queue.list(search.filter(), search.pageOrFirst(), search.sizeOrDefault());
    }

    @GET
    @Path("/{reference: (?!search$)[^/]+}")
    @Operation(summary = "Read one appointment")
    @APIResponse(responseCode = "200", description = "The appointment")
    public StaffAppointmentView get(@Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference) {
        return queue.get(reference);
    }

    @GET
    @Path("/{reference}/history")
    @Operation(summary = "The audit history of an appointment", description = "Who changed it, when, from which status to which, and why.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<HistoryEntry> history(@Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference) {
        return queue.history(reference);
    }

    @POST
    @Path("/{reference}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm, decline, cancel, complete or mark a no-show",
            description = "Moves the appointment along its lifecycle: REQUESTED to CONFIRMED, DECLINED (a reason is required) "
                    + "or CANCELLED; CONFIRMED to CANCELLED, or, once the visit has started, COMPLETED or NO_SHOW. "
                    + "Any other move is 409. The change is recorded in the history with your username.")
    @APIResponse(responseCode = "200", description = "The appointment after the change")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffAppointmentView changeStatus(@Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference,
            @NotNull(message = "Please send the change as a JSON body") @Valid StatusChange change) {
        return queue.move(reference, change.status(), identity.getPrincipal().getName(), change.reason());
    }
}
