package io.clinicbook.faq;

import io.clinicbook.clinic.ClinicService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** The published FAQ and its categories. Responses are cacheable: see {@link TaggedResponses}. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "FAQ", description = "The clinic's published questions and answers")
class FaqResource {

    private static final String JSON_LD = "application/ld+json";
    private static final String LOCALE = "Content locale (en, es); default: the clinic's";
    private static final String ETAG_DESCRIPTION = "Strong tag of the content; send it back in If-None-Match";
    private static final String IF_NONE_MATCH_DESCRIPTION = "ETag of a copy you hold: unchanged content then gets 304";
    private static final String NOT_MODIFIED = "The content is unchanged since the ETag sent in If-None-Match; no body";

    @Inject
    FaqService faqs;
    @Inject
    ClinicService clinic;
    @Inject
    TaggedResponses responses;

    @GET
    @Path("/faqs")
    @Operation(summary = "List published FAQ entries",
            description = "By category position, then entry position. `q` finds entries whose question or answer, "
                    + "in any locale, contains every word of it, ignoring case and accents (`nino` finds `niño`).")
    @APIResponse(responseCode = "200", description = "The entries",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = TaggedResponses.CACHE_CONTROL)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FaqView.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(
            @Parameter(description = "Only this category (slug)", example = "your-visits") @QueryParam("category") String category,
            @Parameter(description = LOCALE, example = "es") @QueryParam("locale") String locale,
            @Parameter(description = "Words to search for", example = "nino")
            @Size(max = 100, message = "Please keep the search under 100 characters") @QueryParam("q") String q,
            @Parameter(description = IF_NONE_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return responses.of(ifNoneMatch, faqs.published(category, q, clinic.locale(locale)), MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/faqs/{id}")
    @Operation(summary = "One published FAQ entry")
    @APIResponse(responseCode = "200", description = "The entry",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = TaggedResponses.CACHE_CONTROL)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FaqView.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response get(@Parameter(example = "12") @PathParam("id") long id,
                        @Parameter(description = LOCALE, example = "es")
                        @QueryParam("locale") String locale,
                        @Parameter(description = IF_NONE_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return responses.of(ifNoneMatch, faqs.published(id, clinic.locale(locale)), MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/faqs/jsonld")
    @Produces(JSON_LD)
    @Operation(summary = "The published FAQ as schema.org FAQPage JSON-LD",
            description = "Structured data for the clinic's FAQ page, to embed as is in a "
                    + "script element of type application/ld+json (`<`, `>` and `&` are escaped for that).")
    @APIResponse(responseCode = "200", description = "The FAQPage",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = TaggedResponses.CACHE_CONTROL)},
            content = @Content(mediaType = JSON_LD, schema = @Schema(implementation = FaqPage.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response jsonLd(
            @Parameter(description = "Only this category (slug)", example = "your-visits") @QueryParam("category") String category,
            @Parameter(description = LOCALE, example = "es") @QueryParam("locale") String locale,
            @Parameter(description = IF_NONE_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return responses.of(ifNoneMatch, faqs.page(category, clinic.locale(locale)), JSON_LD);
    }

    @GET
    @Path("/faq-categories")
    @Operation(summary = "List FAQ categories", description = "Categories with at least one published entry, in order.")
    @APIResponse(responseCode = "200", description = "The categories",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = TaggedResponses.CACHE_CONTROL)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FaqCategoryView.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response categories(
            @Parameter(description = LOCALE, example = "es") @QueryParam("locale") String locale,
            @Parameter(description = IF_NONE_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return responses.of(ifNoneMatch, faqs.categories(clinic.locale(locale)), MediaType.APPLICATION_JSON);
    }
}
