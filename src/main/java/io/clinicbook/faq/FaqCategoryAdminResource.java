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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/faq-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Tag(name = "Admin: FAQ")
class FaqCategoryAdminResource {

    private static final String BODY_REQUIRED = "Please send the FAQ category as a JSON body";

    @Inject
    FaqCategoryEditor categories;
    @Inject
    FaqEditor entries;

    @GET
    @Operation(summary = "List FAQ categories", description = "All categories in order, with how many entries each holds.")
    @APIResponse(responseCode = "200", description = "The categories")
    public List<FaqCategoryAdminView> list() {
        return categories.categories();
    }

    @GET
    @Path("/{slug: (?!order$)[^/]+}")
    @Operation(summary = "Read one FAQ category")
    @APIResponse(responseCode = "200", description = "The category")
    public FaqCategoryAdminView get(@Parameter(example = "your-visits") @PathParam("slug") String slug) {
        return categories.category(slug);
    }

    @POST
    @Operation(summary = "Create an FAQ category", description = "It goes after the other categories.")
    @APIResponse(responseCode = "201", description = "Created; Location is its admin address")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull(message = BODY_REQUIRED) @Valid FaqCategoryDefinition definition) {
        FaqCategoryAdminView created = categories.create(definition);
        return Response.created(URI.create("/api/v1/admin/faq-categories/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("/{slug: (?!order$)[^/]+}")
    @Operation(summary = "Rename an FAQ category", description = "The slug cannot change.")
    @APIResponse(responseCode = "200", description = "The category as saved")
    public FaqCategoryAdminView update(@Parameter(example = "your-visits") @PathParam("slug") String slug,
                                       @NotNull(message = BODY_REQUIRED) @Valid FaqCategoryDefinition definition) {
        return categories.update(slug, definition);
    }

    @DELETE
    @Path("/{slug: (?!order$)[^/]+}")
    @Operation(summary = "Delete an empty FAQ category")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@Parameter(example = "your-visits") @PathParam("slug") String slug) {
        categories.delete(slug);
    }

    @PUT
    @Path("/order")
    @Operation(summary = "Order the FAQ categories", description = "Name every category exactly once, first to last.")
    @APIResponse(responseCode = "200", description = "All categories in their new order")
    public List<FaqCategoryAdminView> reorder(
            @NotNull(message = "Please send the order as a JSON body") @Valid FaqOrder.Categories order) {
        return categories.reorder(order.categories());
    }

    @PUT
    @Path("/{slug}/order")
    @Operation(summary = "Order a category's FAQ entries", description = "Name every entry of the category exactly once, first to last.")
    @APIResponse(responseCode = "200", description = "The category's entries in their new order")
    public List<FaqEntryAdminView> reorderEntries(@Parameter(example = "your-visits") @PathParam("slug") String slug,
            @NotNull(message = "Please send the order as a JSON body") @Valid FaqOrder.Entries order) {
        return entries.reorder(slug, order.entryIds());
    }
}
