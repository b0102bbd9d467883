package io.clinicbook.booking.waitlist;

import io.clinicbook.booking.request.BookingResponse;
import io.clinicbook.problem.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's side of the waitlist: join, leave with the entry's token, and answer an offer with the offer's token. */
@Path(WaitlistResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waitlist", description = "Waiting for a time that is not free, and the offers of freed time")
class WaitlistResource {

    static final String PATH = "/api/v1/waitlist";
    static final String ENTRY_TOKEN = "X-Waitlist-Token";
    static final String OFFER_TOKEN = "X-Offer-Token";
    private static final String ENTRY_TOKEN_TEXT = "The entry's token, from joining. Without it: 400; a wrong one: 404.";
    private static final String OFFER_TOKEN_TEXT = "The offer's token, from the offer's email link (after #offer=). Without it: 400; "
            + "an unknown one: 404.";

    @Inject
    WaitlistService waitlist;
    @Inject
    OfferReplies replies;
    @Inject
    Acceptance acceptance;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join the waitlist", description = "For a service, with a practitioner or anyone, on clinic-local days and "
            + "between two start times. When matching time becomes free, the first patient waiting gets it offered by email, held for "
            + "them alone for a while. The answer carries the entry's token, shown this once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaitlistRequest.class),
            examples = @ExampleObject(name = "mornings-this-week", value = WaitlistExamples.JOIN)))
    @APIResponse(responseCode = "201", description = "On the waitlist", headers = @Header(name = "Location", description = "Address of the entry"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaitlistJoined.class),
                    examples = @ExampleObject(name = "joined", value = WaitlistExamples.JOINED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response join(@NotNull(message = "Please send the waitlist request as a JSON body") @Valid WaitlistRequest request) {
        WaitlistJoined joined = waitlist.join(request);
        return Response.created(URI.create(PATH + "/" + joined.entry().reference())).entity(joined).build();
    }

    @DELETE
    @Path("/{reference: (?!offer$)[^/]+}") // not the offer's path: a DELETE there is a 405, not a leave of entry "offer"
    @Operation(summary = "Leave the waitlist", description = "With the entry's token. An offer still open ends with it, and its time "
            + "goes to the next patient.")
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public void leave(@Parameter(example = "W7KQ2MZA") @PathParam("reference") String reference,
                      @Parameter(in = ParameterIn.HEADER, description = ENTRY_TOKEN_TEXT, required = true,
                              example = WaitlistExamples.ENTRY_TOKEN) @HeaderParam(ENTRY_TOKEN) String token) {
        waitlist.leave(reference, token);
        acceptance.sweepSoon();
    }

    @GET
    @Path("/offer")
    @Operation(summary = "View an offer of freed time", description = "The time offered, until when it is held, and what became of the offer.")
    @APIResponse(responseCode = "200", description = "The offer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferView.class), examples = @ExampleObject(name = "open", value = WaitlistExamples.OFFER)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OfferView offer(@Parameter(in = ParameterIn.HEADER, description = OFFER_TOKEN_TEXT, required = true, example = WaitlistExamples.OFFER_TOKEN)
                           @HeaderParam(OFFER_TOKEN) String token) {
        return replies.view(token);
    }

    @POST
    @Path("/offer/accept")
    @Operation(summary = "Accept an offer: book the time", description = "Books the offered time for the patient through the normal "
            + "booking rules (minimum notice, working time, double booking). The answer is the booking's, with the visit's manage token. "
            + "An offer already accepted, declined or past its hold is a 409 saying which.")
    @APIResponse(responseCode = "201", description = "Booked", headers = @Header(name = "Location", description = "Address of the appointment"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AppointmentCreated"),
                    examples = @ExampleObject(name = "booked", value = WaitlistExamples.BOOKED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The offer was already accepted or declined, its hold ended, or its time is no longer free",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "waitlist-offer-expired", value = WaitlistExamples.EXPIRED)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response accept(@Parameter(in = ParameterIn.HEADER, description = OFFER_TOKEN_TEXT, required = true, example = WaitlistExamples.OFFER_TOKEN)
                           @HeaderParam(OFFER_TOKEN) String token) {
        BookingResponse booked = acceptance.accept(token);
        return Response.status(booked.status()).type(MediaType.APPLICATION_JSON).location(URI.create(booked.location()))
                .entity(booked.body()).build();
    }

    @POST
    @Path("/offer/decline")
    @Operation(summary = "Decline an offer", description = "The patient stays on the waitlist for other times; this time goes to the next patient.")
    @APIResponse(responseCode = "204", description = "Declined")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public void decline(@Parameter(in = ParameterIn.HEADER, description = OFFER_TOKEN_TEXT, required = true, example = WaitlistExamples.OFFER_TOKEN)
                        @HeaderParam(OFFER_TOKEN) String token) {
        acceptance.decline(token);
    }
}
