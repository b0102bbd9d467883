package io.clinicbook.integration.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A visit as a calendar file for the patient, with the manage token in a header or in a form post. */
@Path("/api/v1/appointments/{reference}/calendar.ics")
@Produces(IcsDocument.MEDIA_TYPE)
@Tag(name = "Calendars", description = "iCalendar files and practitioners' calendar feeds")
class AppointmentCalendarResource {

    private static final String TOKEN = "The manage token from the booking response";

    @Inject
    PatientCalendar calendar;

    @GET
    @Operation(summary = "Download an appointment as an .ics file",
            description = "Needs the manage token in the X-Manage-Token header, like the other self-service calls. The file "
                    + "names the service, practitioner and clinic (address, phone), never the patient; its UID stays the same "
                    + "across changes and its SEQUENCE grows, so importing it again updates the event.")
    @APIResponse(responseCode = "200", description = "The visit as iCalendar (RFC 5545), as an attachment",
            content = @Content(mediaType = IcsDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "visit", value = IcsExamples.VISIT)))
    public Response download(
            @Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference,
            @Parameter(in = ParameterIn.HEADER, description = TOKEN, required = true) @HeaderParam("X-Manage-Token") String token) {
        return attachment(reference, token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Download an appointment as an .ics file from a plain HTML form",
            description = "The same file, for links in the widget and in emails: a form posts the manage token as the field "
                    + "`token`, so it stays out of URLs, browser history and access logs, and no JavaScript is needed.")
    @APIResponse(responseCode = "200", description = "The visit as iCalendar (RFC 5545), as an attachment",
            content = @Content(mediaType = IcsDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "visit", value = IcsExamples.VISIT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response downloadFromForm(
            @Parameter(example = "K7Q4M2XP") @PathParam("reference") String reference,
            @Parameter(description = TOKEN, required = true) @FormParam("token") String token) {
        return attachment(reference, token);
    }

    private Response attachment(String reference, String token) {
        return Response.ok(calendar.file(reference, token), IcsDocument.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"visit-" + reference + ".ics\"")
                // The patient's own data: no shared cache keeps it.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
