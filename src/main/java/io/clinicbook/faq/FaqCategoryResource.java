package io.clinicbook.faq;

import static io.clinicbook.faq.FaqResource.ETAG_DESCRIPTION;
import static io.clinicbook.faq.FaqResource.IF_NONE_MATCH_DESCRIPTION;
import static io.clinicbook.faq.FaqResource.NOT_MODIFIED;

import io.clinicbook.clinic.ClinicService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/faq-categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "FAQ")
public class FaqCategoryResource {

    @Inject
    FaqService faqs;
    @Inject
    ClinicService clinic;
    @Inject
    TaggedResponses responses;

    @GET
    @Operation(summary = "List FAQ categories", description = "Categories with at least one published entry, in order.")
    @APIResponse(responseCode = "200", description = "The categories",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = TaggedResponses.CACHE_CONTROL)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FaqCategoryView.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(@Parameter(description = "Content locale (en, es); default: the clinic's", example = "es")
                         @QueryParam("locale") String locale,
                         @Parameter(description = IF_NONE_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return responses.of(ifNoneMatch, faqs.categories(clinic.locale(locale)), MediaType.APPLICATION_JSON);
    }
}
