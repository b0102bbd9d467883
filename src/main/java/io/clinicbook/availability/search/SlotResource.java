package io.clinicbook.availability.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/slots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Slots", description = "When a service can be booked")
class SlotResource {

    @Inject
    SlotSearch search;

    @GET
    @Operation(summary = "Find bookable slots", description = """
            Bookable start times of a service, day by day, from working hours, time off, closures, appointments, \
            the service's buffers, the clinic's slot step, minimum notice and booking horizon. Days are the clinic's \
            local dates; times are ISO-8601 with the offset of `tz`. A day without slots says why.""")
    @APIResponse(responseCode = "200", description = "Each requested day with its slots or the reason it has none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AvailableSlots.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public byte[] find(
            @Parameter(description = "Slug of the service (required)", required = true, example = "follow-up-adjustment")
            @QueryParam("service") String service,
            @Parameter(description = "First clinic-local date; default today", example = "2026-11-02") @QueryParam("from") String from,
            @Parameter(description = "Last clinic-local date, at most 30 days after `from`; default a week from `from`", example = "2026-11-08")
            @QueryParam("to") String to,
            @Parameter(description = "Slug of a practitioner; default everyone who offers the service", example = "dr-maya-lindqvist")
            @QueryParam("practitioner") String practitioner,
            @Parameter(description = "IANA zone to express the times in; default the clinic's", example = "Europe/Madrid")
            @QueryParam("tz") String tz) {
        return search.search(service, from, to, practitioner, tz);
    }
}
