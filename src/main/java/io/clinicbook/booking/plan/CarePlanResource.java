package io.clinicbook.booking.plan;

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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's side of a care plan, with the plan's manage token: view it, book it all or none, cancel it from a day on. */
@Path(CarePlanResource.PATH + "/{reference}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care plans", description = "A course of visits booked all or none, with the plan's manage token")
class CarePlanResource {

    public static final String PATH = "/api/v1/care-plans";
    public static final String MANAGE_TOKEN = "X-Manage-Token";
    private static final String TOKEN = "The plan's manage token, from the clinic. Without it: 400; a wrong one: 404, "
            + "the same as for a reference that does not exist.";

    @Inject
    CarePlanService plans;
    @Inject
    CarePlanFlow flow;
    @Inject
    PlanBookings bookings;

    @GET
    @Operation(summary = "View a care plan", description = "While proposed: one time per visit, found now from the slot rules. "
            + "Once booked: the visits (each an ordinary appointment that the plan's token also manages) and how far the plan has come.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CarePlanView.class)))
    public CarePlanView view(@Parameter(example = "P3KQ7MZA") @PathParam("reference") String reference,
                             @Parameter(in = ParameterIn.HEADER, description = TOKEN, required = true) @HeaderParam(MANAGE_TOKEN) String token) {
        return plans.view(reference, required(token));
    }

    @POST
    @Path("/book")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a care plan, all visits or none",
            description = "Send the proposal's times back (or some changed). Every visit is checked again under the practitioners' "
                    + "locks; if any is taken, nothing is booked and the 409 names the visits with free times near each.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanBooking.class),
            examples = @ExampleObject(name = "two-visits", value = PlanExamples.BOOK)))
    @APIResponse(responseCode = "201", ref = "PlanBooked")
    @APIResponse(responseCode = "409", ref = "PlanNotBooked")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response book(@Parameter(example = "P3KQ7MZA") @PathParam("reference") String reference,
                         @Parameter(in = ParameterIn.HEADER, description = TOKEN, required = true) @HeaderParam(MANAGE_TOKEN) String token,
                         @Parameter(description = PlanExamples.IDEMPOTENCY_KEY, example = "0d4f8a5e-9b1c-4c2d-8e3f-7a6b5c4d3e2f")
                         @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @NotNull(message = "Please send the visits to book as a JSON body") @Valid PlanBooking booking) {
        return created(flow.book(reference, required(token), null, booking, idempotencyKey));
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a care plan from a day on",
            description = "Cancels every visit on and after the day, each as the appointment's own cancellation would (with its email); "
                    + "online only while each is outside the clinic's cancellation cut-off.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanCancellation.class),
            examples = @ExampleObject(name = "from-a-day", value = PlanExamples.CANCEL)))
    @APIResponse(responseCode = "200", description = "The plan, cancelled from the day", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarePlanView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public CarePlanView cancel(@Parameter(example = "P3KQ7MZA") @PathParam("reference") String reference,
                               @Parameter(in = ParameterIn.HEADER, description = TOKEN, required = true) @HeaderParam(MANAGE_TOKEN) String token,
                               @NotNull(message = "Please send the day to cancel from as a JSON body") @Valid PlanCancellation cancellation) {
        return bookings.cancel(reference, required(token), null, cancellation);
    }

    static Response created(PlanBookings.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .location(URI.create(answer.location())).entity(answer.body());
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    /** A missing token is the caller's mistake, named (staff reach the plan through the admin resource, without one). */
    private static String required(String token) {
        return token == null ? "" : token;
    }
}
