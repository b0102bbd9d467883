package io.clinicbook.catalog;

import io.clinicbook.clinic.ClinicService;
import io.clinicbook.i18n.LocaleChoice;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services", description = "The appointment types patients can book")
@Transactional(Transactional.TxType.SUPPORTS)
class ServiceTypeResource {

    @Inject
    Catalogue catalogue;
    @Inject
    ClinicService clinic;

    @GET
    @Operation(summary = "List bookable services", description = "Active appointment types in display order.")
    @APIResponse(responseCode = "200", description = "The services")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<ServiceView> list(@Parameter(description = "Content locale (en, es); default: the clinic's", example = "es")
                                  @QueryParam("locale") String locale) {
        LocaleChoice choice = clinic.locale(locale);
        return ServiceType.listActive().stream().map(s -> ServiceView.of(s, choice)).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One bookable service")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ServiceView get(@Parameter(example = "follow-up-adjustment") @PathParam("slug") String slug,
                           @QueryParam("locale") String locale) {
        return ServiceView.of(catalogue.activeService(slug), clinic.locale(locale));
    }
}
