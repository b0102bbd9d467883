package io.clinicbook.integration.outbox;

import io.clinicbook.staff.Roles;
import io.clinicbook.support.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outbox as staff see it: every webhook and email, whether it went out, and its delivery log. */
@Path("/api/v1/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: integrations", description = "Webhook subscriptions, the outbox of webhooks and emails, delivery logs")
class OutboxAdminResource {

    @Inject
    OutboxService outbox;

    @GET
    @Operation(summary = "List outbox messages", description = "Newest first. Emails wait here as PENDING while no SMTP server is configured.")
    @APIResponse(responseCode = "200", description = "One page of messages")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<MessageView> list(
            @Parameter(description = "WEBHOOK, EMAIL or CALDAV", example = "EMAIL") @QueryParam("channel") Channel channel,
            @Parameter(description = "PENDING, DELIVERED, FAILED or SKIPPED", example = "PENDING") @QueryParam("status") MessageStatus status,
            @BeanParam @Valid Paging paging) {
        return outbox.list(channel, status, null, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a message and its delivery log", description = "Every attempt: when, outcome, HTTP status, latency, error.")
    @APIResponse(responseCode = "200", description = "The message and its attempts, oldest first")
    public MessageLog get(@Parameter(example = "42") @PathParam("id") long id) {
        return outbox.log(id);
    }

    @POST
    @Path("/{id}/redelivery")
    @Operation(summary = "Send a message again",
            description = "Makes it due now with a fresh set of retries, whether it was delivered, given up or skipped. "
                    + "A webhook keeps its webhook-id, so receivers can tell a repeat.")
    @APIResponse(responseCode = "202", description = "Queued; the dispatcher sends it within seconds")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response redeliver(@Parameter(example = "42") @PathParam("id") long id) {
        return Response.accepted(outbox.redeliver(id)).build();
    }
}
