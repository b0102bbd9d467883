package io.clinicbook.booking.selfservice;

import io.clinicbook.booking.request.AppointmentResource;
import io.clinicbook.booking.request.BookingFlow;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's side after booking: view, cancel or move the visit with the manage token. */
@Path(AppointmentResource.PATH + "/{reference}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class SelfServiceResource {

    public static final String MANAGE_TOKEN = "X-Manage-Token";
    private static final String TOKEN_DESCRIPTION = "The manage token from the booking response. "
            + "Without it: 400; a wrong one: 404, the same as for a reference that does not exist.";

    @Inject
    SelfService selfService;
    @Inject
    BookingFlow requests;

    @GET
    @Operation(summary = "View an appointment", description = "Needs the manage token in the X-Manage-Token header.")
    @APIResponse(responseCode = "200", description = "The appointment")
    public AppointmentView view(
            @Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference,
            @Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION, required = true) @HeaderParam(MANAGE_TOKEN) String token) {
        return selfService.view(reference, token);
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an appointment",
            description = "Allowed online until the clinic's cancellation cut-off; after it, the problem gives the clinic's phone number.")
    @APIResponse(responseCode = "200", description = "The cancelled appointment")
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
    @Path("/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an appointment to another time",
            description = "Atomic: the old time is given up only if the new one is booked. Same reference, same practitioner.")
    @APIResponse(responseCode = "200", description = "The appointment at its new time")
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
