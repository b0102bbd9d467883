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

@Path("/api/v1/practitioners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practitioners", description = "Who patients can book with")
@Transactional(Transactional.TxType.SUPPORTS)
class PractitionerResource {

    @Inject
    Catalogue catalogue;
    @Inject
    ClinicService clinic;

    @GET
    @Operation(summary = "List practitioners", description = "Active practitioners with the services each offers.")
    @APIResponse(responseCode = "200", description = "The practitioners")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<PractitionerView> list(
            @Parameter(description = "Only those who offer this service (slug)", example = "infant-child-visit")
            @QueryParam("service") String service,
            @Parameter(description = "Content locale (en, es); default: the clinic's", example = "es")
            @QueryParam("locale") String locale) {
        LocaleChoice choice = clinic.locale(locale);
        List<Practitioner> practitioners = service == null || service.isBlank() ? Practitioner.listActive()
                : Practitioner.offering(catalogue.activeService(service));
        return practitioners.stream().map(p -> PractitionerView.of(p, choice)).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One practitioner's profile")
    @APIResponse(responseCode = "200", description = "The practitioner")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public PractitionerView get(@Parameter(example = "dr-maya-lindqvist") @PathParam("slug") String slug,
                                @QueryParam("locale") String locale) {
        return PractitionerView.of(catalogue.activePractitioner(slug), clinic.locale(locale));
    }
}
