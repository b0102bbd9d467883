package io.clinicbook.catalog;

import io.clinicbook.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins manage services and practitioners. Nothing is deleted: appointments refer to both, so they
 * are deactivated with {@code "active": false} instead.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin: catalogue", description = "Services and practitioners")
class CatalogueAdminResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Path("/services")
    @Operation(summary = "List all services, inactive ones included")
    @APIResponse(responseCode = "200", description = "Every service in every locale")
    public List<ServiceDefinition> services() {
        return catalogue.allServices();
    }

    @GET
    @Path("/services/{slug}")
    @Operation(summary = "Read one service")
    @APIResponse(responseCode = "200", description = "The service")
    public ServiceDefinition service(@PathParam("slug") String slug) {
        return ServiceDefinition.of(catalogue.service(slug));
    }

    @POST
    @Path("/services")
    @Operation(summary = "Create a service")
    @APIResponse(responseCode = "201", description = "Created; Location is its admin address")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createService(@NotNull(message = "Please send the service as a JSON body") @Valid ServiceDefinition definition) {
        ServiceDefinition created = catalogue.create(definition);
        return Response.created(URI.create("/api/v1/admin/services/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("/services/{slug}")
    @Operation(summary = "Update a service", description = "Send `\"active\": false` to deactivate it.")
    @APIResponse(responseCode = "200", description = "The service as saved")
    public ServiceDefinition updateService(@PathParam("slug") String slug,
            @NotNull(message = "Please send the service as a JSON body") @Valid ServiceDefinition definition) {
        return catalogue.update(slug, definition);
    }

    @GET
    @Path("/practitioners")
    @Operation(summary = "List all practitioners, inactive ones included")
    @APIResponse(responseCode = "200", description = "Every practitioner")
    public List<PractitionerDefinition> practitioners() {
        return catalogue.allPractitioners();
    }

    @GET
    @Path("/practitioners/{slug}")
    @Operation(summary = "Read one practitioner")
    @APIResponse(responseCode = "200", description = "The practitioner")
    public PractitionerDefinition practitioner(@PathParam("slug") String slug) {
        return catalogue.practitionerDefinition(slug);
    }

    @POST
    @Path("/practitioners")
    @Operation(summary = "Create a practitioner")
    @APIResponse(responseCode = "201", description = "Created; Location is their admin address")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createPractitioner(
            @NotNull(message = "Please send the practitioner as a JSON body") @Valid PractitionerDefinition definition) {
        PractitionerDefinition created = catalogue.create(definition);
        return Response.created(URI.create("/api/v1/admin/practitioners/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("/practitioners/{slug}")
    @Operation(summary = "Update a practitioner", description = "Send `\"active\": false` to deactivate them.")
    @APIResponse(responseCode = "200", description = "The practitioner as saved")
    public PractitionerDefinition updatePractitioner(@PathParam("slug") String slug,
            @NotNull(message = "Please send the practitioner as a JSON body") @Valid PractitionerDefinition definition) {
        return catalogue.update(slug, definition);
    }
}
