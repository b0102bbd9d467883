package io.clinicbook.faq;

import io.clinicbook.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins and staff both keep the FAQ up to date. */
@Path("/api/v1/admin/faqs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: FAQ", description = "FAQ entries and categories (roles admin and staff)")
class FaqAdminResource {

    private static final String BODY_REQUIRED = "Please send the FAQ entry as a JSON body";

    @Inject
    FaqEditor editor;

    @GET
    @Operation(summary = "List FAQ entries, unpublished ones included")
    @APIResponse(responseCode = "200", description = "The entries in every locale, in reading order")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<FaqEntryAdminView> list(
            @Parameter(description = "Only this category (slug)", example = "your-visits") @QueryParam("category") String category) {
        return editor.entries(category);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one FAQ entry")
    @APIResponse(responseCode = "200", description = "The entry")
    public FaqEntryAdminView get(@Parameter(example = "12") @PathParam("id") long id) {
        return editor.entry(id);
    }

    @POST
    @Operation(summary = "Create an FAQ entry", description = "It goes to the end of its category.")
    @APIResponse(responseCode = "201", description = "Created; Location is its admin address")
    public Response create(@NotNull(message = BODY_REQUIRED) @Valid FaqEntryDefinition definition) {
        FaqEntryAdminView created = editor.create(definition);
        return Response.created(URI.create("/api/v1/admin/faqs/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an FAQ entry", description = "Moved to another category, it goes to the end of that one.")
    @APIResponse(responseCode = "200", description = "The entry as saved")
    public FaqEntryAdminView update(@Parameter(example = "12") @PathParam("id") long id,
                                    @NotNull(message = BODY_REQUIRED) @Valid FaqEntryDefinition definition) {
        return editor.update(id, definition);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish an FAQ entry")
    @APIResponse(responseCode = "200", description = "The entry, now public")
    public FaqEntryAdminView publish(@Parameter(example = "12") @PathParam("id") long id) {
        return editor.publish(id, true);
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "Withdraw an FAQ entry from the public")
    @APIResponse(responseCode = "200", description = "The entry, now hidden from the public")
    public FaqEntryAdminView unpublish(@Parameter(example = "12") @PathParam("id") long id) {
        return editor.publish(id, false);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an FAQ entry")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@Parameter(example = "12") @PathParam("id") long id) {
        editor.delete(id);
    }
}
