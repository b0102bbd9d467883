package io.clinicbook.booking.plan;

import io.clinicbook.staff.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff create care plans for patients, and view, book and cancel them as the patient could. */
@Path(CarePlanAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: care plans", description = "Courses of visits, proposed from the slot rules and booked all or none")
class CarePlanAdminResource {

    static final String PATH = "/api/v1/admin/care-plans";

    @Inject
    CarePlanService plans;
    @Inject
    CarePlanFlow flow;
    @Inject
    PlanBookings bookings;
    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a care plan and its proposal",
            description = "For the patient of a visit (fromVisit) or given details: a weekly pattern (visits a week, weekdays, weeks) "
                    + "or explicit dates, at a preferred time of day, from the earliest start. The answer proposes one time per visit "
                    + "(MATCHES_PATTERN, or NEAREST_ALTERNATIVE: another time that day or a following day) and carries the plan's "
                    + "manage token, shown this once. A pattern that cannot be met is a 400 naming the field.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarePlanRequest.class),
            examples = @ExampleObject(name = "three-a-week", value = PlanExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created and proposed; nothing is booked yet",
            headers = @Header(name = "Location", description = "Address of the plan"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarePlanCreated.class)))
    public Response create(@NotNull(message = "Please send the plan as a JSON body") @Valid CarePlanRequest request) {
        CarePlanCreated created = plans.create(request, identity.getPrincipal().getName());
        return Response.created(URI.create(PATH + "/" + created.plan().reference())).entity(created).build();
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "Read a care plan", description = "With a fresh proposal while proposed; with its visits and progress once booked.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CarePlanView.class)))
    public CarePlanView get(@Parameter(example = "P3KQ7MZA") @PathParam("reference") String reference) {
        return plans.view(reference);
    }

    @POST
    @Path("/{reference}/book")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a care plan for the patient, all visits or none",
            description = "As the patient's booking: nothing is booked if any visit's time is taken, and the 409 names those visits.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanBooking.class),
            examples = @ExampleObject(name = "two-visits", value = PlanExamples.BOOK)))
    @APIResponse(responseCode = "201", ref = "PlanBooked")
    @APIResponse(responseCode = "409", ref = "PlanNotBooked")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response book(@Parameter(example = "P3KQ7MZA") @PathParam("reference") String reference,
                         @Parameter(description = PlanExamples.IDEMPOTENCY_KEY, example = "0d4f8a5e-9b1c-4c2d-8e3f-7a6b5c4d3e2f")
                         @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @NotNull(message = "Please send the visits to book as a JSON body") @Valid PlanBooking booking) {
        return CarePlanResource.created(flow.book(reference, null, identity.getPrincipal().getName(), booking, idempotencyKey));
    }

    @POST
    @Path("/{reference}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a care plan from a day on", description = "Cancels every visit on and after the day; staff are not held to the cut-off.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanCancellation.class),
            examples = @ExampleObject(name = "from-a-day", value = PlanExamples.CANCEL)))
    @APIResponse(responseCode = "200", description = "The plan, cancelled from the day", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarePlanView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CarePlanView cancel(@Parameter(example = "P3KQ7MZA") @PathParam("reference") String reference,
                               @NotNull(message = "Please send the day to cancel from as a JSON body") @Valid PlanCancellation cancellation) {
        return bookings.cancel(reference, null, identity.getPrincipal().getName(), cancellation);
    }
}
