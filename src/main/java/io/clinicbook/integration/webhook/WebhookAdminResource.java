package io.clinicbook.integration.webhook;

import io.clinicbook.integration.outbox.MessageView;
import io.clinicbook.integration.outbox.OutboxService;
import io.clinicbook.staff.Roles;
import io.clinicbook.support.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions: admins create and change them; staff read them and their deliveries. */
@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: integrations")
class WebhookAdminResource {

    private static final String EXAMPLE_EVENT = """
            {"type":"appointment.confirmed","timestamp":"2026-11-02T14:00:00Z","data":{"schemaVersion":1,\
            "appointment":{"reference":"K7Q4M2XP","status":"CONFIRMED","previousStatus":"REQUESTED",\
            "service":"follow-up-adjustment","practitioner":"dr-maya-lindqvist","start":"2026-11-03T09:00:00-05:00",\
            "end":"2026-11-03T09:30:00-05:00","newPatient":false,"locale":"en"}}}""";

    @Inject
    WebhookSubscriptions subscriptions;
    @Inject
    OutboxService outbox;

    @GET
    @Operation(summary = "List webhook subscriptions", description = "Failing ones are marked; secrets are never shown.")
    @APIResponse(responseCode = "200", description = "Every subscription, oldest first")
    public List<SubscriptionView> list() {
        return subscriptions.list();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Subscribe a URL to appointment events",
            description = "The answer carries the whsec_ signing secret, shown this once. The url must resolve to a public address.")
    @APIResponse(responseCode = "201", description = "Created; Location is its address")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "503", description = "The server has no clinic.secrets-key to store the secret with",
            content = @Content(mediaType = "application/problem+json"))
    @Callback(name = "appointmentEvent", callbackUrlExpression = "{$request.body#/url}", operations = @CallbackOperation(method = "post",
            summary = "An appointment event, signed per Standard Webhooks",
            description = "Headers webhook-id (the same on retries), webhook-timestamp (Unix seconds) and webhook-signature: "
                    + "'v1,' + base64 HMAC-SHA256 of id.timestamp.body keyed by the base64 bytes after whsec_; during a rotation "
                    + "two signatures, space-separated. Answer 2xx within the timeout; anything else is retried with back-off.",
            parameters = {
                    @Parameter(name = "webhook-id", in = ParameterIn.HEADER, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                            example = "msg_2f0c9a6e4b7d4c1e8a3b5d6f7a8b9c0d"),
                    @Parameter(name = "webhook-timestamp", in = ParameterIn.HEADER, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                            example = "1793628000"),
                    @Parameter(name = "webhook-signature", in = ParameterIn.HEADER, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                            example = "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=")},
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEvent.class),
                    examples = @ExampleObject(name = "confirmed", value = EXAMPLE_EVENT))),
            securitySets = @SecurityRequirementsSet, // no HTTP authentication: the signature is the proof
            responses = {@APIResponse(responseCode = "204", description = "Received"),
                    @APIResponse(responseCode = "400", description = "Refused by the receiver (a signature that does not verify, "
                            + "say); retried with back-off like any answer other than 2xx")}))
    public Response create(@NotNull(message = "Please send the subscription as a JSON body") @Valid SubscriptionRequest request) {
        SubscriptionCreated created = subscriptions.create(request);
        return Response.created(URI.create("/api/v1/admin/webhooks/" + created.subscription().id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one webhook subscription")
    @APIResponse(responseCode = "200", description = "The subscription")
    public SubscriptionView get(@Parameter(example = "3") @PathParam("id") long id) {
        return subscriptions.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a webhook subscription", description = "Replaces url, event types and flags; the secret stays.")
    @APIResponse(responseCode = "200", description = "The subscription as saved")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public SubscriptionView put(@Parameter(example = "3") @PathParam("id") long id,
            @NotNull(message = "Please send the subscription as a JSON body") @Valid SubscriptionRequest request) {
        return subscriptions.update(id, request);
    }

    @POST
    @Path("/{id}/secret-rotations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rotate the signing secret",
            description = "Answers the new secret, shown this once. Until previousSecretValidUntil every delivery carries both signatures.")
    @APIResponse(responseCode = "200", description = "The subscription and its new secret")
    public SubscriptionCreated rotate(@Parameter(example = "3") @PathParam("id") long id) {
        return subscriptions.rotateSecret(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The subscription's messages, newest first",
            description = "Status and attempts of each; GET /api/v1/admin/outbox/{id} has one message's full delivery log.")
    @APIResponse(responseCode = "200", description = "One page of messages")
    public List<MessageView> deliveries(@Parameter(example = "3") @PathParam("id") long id,
            @BeanParam @Valid Paging paging) {
        subscriptions.get(id);
        return outbox.list(null, null, id, paging.page, paging.size);
    }
}
