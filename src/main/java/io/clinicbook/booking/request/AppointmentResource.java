package io.clinicbook.booking.request;

import io.clinicbook.availability.engine.Slot;
import io.clinicbook.problem.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Requesting a visit: the public booking endpoint. Managing it afterwards is {@code SelfServiceResource}'s. */
@Path(AppointmentResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Requesting a visit, and managing it with the manage token")
public class AppointmentResource {

    public static final String PATH = "/api/v1/appointments";
    private static final String SLOT_TAKEN_EXAMPLE = """
            {"type":"https://clinicbook.io/problems/slot-taken","title":"Slot taken","status":409,\
            "detail":"That time has just been taken. Please choose another; nextSlots lists the next free ones.",\
            "instance":"/api/v1/appointments","nextSlots":[{"start":"2026-11-02T09:30:00-05:00",\
            "end":"2026-11-02T10:00:00-05:00","practitioner":"dr-maya-lindqvist","date":"2026-11-02"}]}""";

    @Inject
    BookingFlow requests;

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
            @NotNull(message = "Please send the appointment request as a JSON body") @Valid BookingRequest request) {
        BookingResponse outcome = requests.submit(request, idempotencyKey);
        Response.ResponseBuilder response = Response.status(outcome.status()).type(MediaType.APPLICATION_JSON)
                .location(URI.create(outcome.location())).entity(outcome.body());
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
