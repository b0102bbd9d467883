package io.clinicbook.integration.calendar;

import io.clinicbook.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff read and rotate a practitioner's secret calendar feed URL. */
@Path("/api/v1/admin/practitioners/{slug}/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: calendar feeds", description = "Practitioners' secret iCalendar subscription URLs")
class CalendarFeedAdminResource {

    @Inject
    PractitionerFeeds feeds;
    @Inject
    CalendarConfig config;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Read a practitioner's calendar feed",
            description = "Whether the practitioner has a feed and since when. The URL itself is shown only by rotate: "
                    + "the service keeps only a hash of its secret.")
    @APIResponse(responseCode = "200", description = "The feed's state, without its URL")
    public CalendarFeedView get(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug) {
        return feeds.view(slug);
    }

    @POST
    @Path("/rotate")
    @Operation(summary = "Issue a new calendar feed URL",
            description = "Creates the practitioner's feed, or replaces its URL: the old URL answers 404 from now on. "
                    + "The answer carries the new URL once; give it to the practitioner to subscribe to.")
    @APIResponse(responseCode = "200", description = "The feed with its new URL")
    public CalendarFeedView rotate(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug) {
        return feeds.rotate(slug, config.publicBaseUrl().orElse(uri.getBaseUri()));
    }
}
