package io.clinicbook.integration.calendar;

import io.clinicbook.web.EntityTags;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The practitioner's subscription feed: the secret in the URL is the only credential calendar apps can send. */
@Path(CalendarFeedResource.PATH)
@Tag(name = "Calendars")
class CalendarFeedResource {

    static final String PATH = "/api/v1/calendar-feeds";
    private static final String TYPE = IcsDocument.MEDIA_TYPE + "; charset=UTF-8";

    @Inject
    PractitionerFeeds feeds;

    @GET
    @Path("/{token}.ics")
    @Produces(IcsDocument.MEDIA_TYPE)
    @Operation(summary = "A practitioner's calendar feed",
            description = "For Google Calendar, Outlook and Apple Calendar to subscribe to. Requested (TENTATIVE) and "
                    + "confirmed visits from clinic.calendar.feed-days-back days ago to feed-days-ahead days ahead, and "
                    + "cancelled or declined ones as STATUS:CANCELLED for feed-keeps-cancelled after they changed. Patient "
                    + "name, service, reason and new/returning only: no date of birth or contact details. "
                    + "Send If-None-Match with the ETag to get 304 when nothing changed (compared weakly, as RFC 9110 says: "
                    + "W/ tags, lists and * too).")
    @APIResponse(responseCode = "200", description = "The feed as iCalendar (RFC 5545)",
            headers = @Header(name = "ETag", description = "Changes whenever the feed's content does", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = IcsDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "feed", value = IcsExamples.FEED)))
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "The ETag of the copy the calendar app holds",
            schema = @Schema(type = SchemaType.STRING), example = "\"q3Zl0cM6fS4kQ8xW2nB7aE\"")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response feed(@Parameter(description = "The secret from the feed URL that staff issued",
            example = "3q2-7wEjKxVb0pLmN4sTuYz8aRcDfGhJkLmNoPqRsTu") @PathParam("token") String token, @Context HttpHeaders headers) {
        PractitionerFeeds.FeedFile file = feeds.file(token);
        Response.ResponseBuilder answer = EntityTags.notModified(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), file.tag())
                ? Response.notModified() : Response.ok(file.body(), TYPE);
        return answer.header(HttpHeaders.ETAG, file.tag()).cacheControl(CacheControl.valueOf("private, no-cache")).build();
    }
}
