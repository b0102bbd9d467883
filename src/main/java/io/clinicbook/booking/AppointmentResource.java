package io.clinicbook.booking;

import io.clinicbook.availability.Slot;
import io.clinicbook.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public side of booking: request a visit, then view, cancel or move it with the manage token. */
@Path(AppointmentResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Requesting a visit, and managing it with the manage token")
public class AppointmentResource {

    static final String PATH = "/api/v1/appointments";
    static final String MANAGE_TOKEN = "X-Manage-Token";
    private static final String TOKEN_DESCRIPTION = "The manage token from the booking response. "
            + "Without it: 400; a wrong one: 404, the same as for a reference that does not exist.";
    private static final String SLOT_TAKEN_EXAMPLE = """
            {"type":"https://clinicbook.io/problems/slot-taken","title":"Slot taken","status":409,\
            "detail":"That time has just been taken. Please choose another; nextSlots lists the next free ones.",\
            "instance":"/api/v1/appointments","nextSlots":[{"start":"2026-11-02T09:30:00-05:00",\
            "end":"2026-11-02T10:00:00-05:00","practitioner":"dr-maya-lindqvist","date":"2026-11-02"}]}""";

    @Inject
    AppointmentRequests requests;
    @Inject
    SelfService selfService;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request an appointment",
            description = "Books a start from GET /slots. The time is checked again when booking; a time taken meanwhile "
                    + "is 409 with the next free slots. With an Idempotency-Key, a retry with the same body within 24 hours "
                    + "gets the first response again (header Idempotent-Replayed) and never a second appointment.")
    @APIResponse(responseCode = "201", description = "Requested (or confirmed at once, if the clinic does not confirm by hand). "
            + "The manage token is in this response only.",
            headers = @Header(name = "Location", description = "Address of the appointment", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentCreated.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "The time is taken (`nextSlots` lists free ones), or a request with "
            + "the same Idempotency-Key is still in flight",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(allOf = Problem.class,
                    properties = @SchemaProperty(name = "nextSlots", type = SchemaType.ARRAY, implementation = Slot.class,
                            description = "When the time was taken: the next free slots")),
                    examples = @ExampleObject(name = "slot-taken", value = SLOT_TAKEN_EXAMPLE)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response request(
            @Parameter(description = "A unique key per booking attempt (such as a UUID), reused on retries",
                    example = "5f0c6a52-3c5e-4a39-9a1e-2f8d2c0d7b41") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "Please send the appointment request as a JSON body") @Valid AppointmentRequest request) {
        Outcome outcome = requests.submit(request, idempotencyKey);
        Response.ResponseBuilder response = Response.status(outcome.status()).type(MediaType.APPLICATION_JSON)
                .location(URI.create(outcome.location())).entity(outcome.body());
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "View an appointment", description = "Needs the manage token in the X-Manage-Token header.")
    @APIResponse(responseCode = "200", description = "The appointment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AppointmentView view(
            @Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference,
            @Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION, required = true) @HeaderParam(MANAGE_TOKEN) String token) {
        return selfService.view(reference, token);
    }

    @POST
    @Path("/{reference}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an appointment",
            description = "Allowed online until the clinic's cancellation cut-off; after it, the problem gives the clinic's phone number.")
    @APIResponse(responseCode = "200", description = "The cancelled appointment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public AppointmentView cancel(
            @Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference,
            @Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION, required = true) @HeaderParam(MANAGE_TOKEN) String token,
            @Valid Cancellation cancellation) {
        return selfService.cancel(reference, token, cancellation == null ? null : cancellation.reason());
    }

    @POST
    @Path("/{reference}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an appointment to another time",
            description = "Atomic: the old time is given up only if the new one is booked. Same reference, same practitioner.")
    @APIResponse(responseCode = "200", description = "The appointment at its new time")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The new time is taken (`nextSlots` lists free ones), or the appointment "
            + "no longer holds a time", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public AppointmentView reschedule(
            @Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference,
            @Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION, required = true) @HeaderParam(MANAGE_TOKEN) String token,
            @NotNull(message = "Please send the new start as a JSON body") @Valid Rescheduling rescheduling) {
        return requests.reschedule(reference, token, rescheduling.start());
    }
}
