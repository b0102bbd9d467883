package io.clinicbook.problem;

import io.clinicbook.web.ApiPaths;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to the contract what the framework does on every operation, so no operation has to repeat it:
 * 401/403/429 and the security requirement on staff operations (429: sign-ins throttled after
 * failures; public ones say they need no security), 404 wherever a path parameter names something (the
 * resources answer an unknown id, slug or reference with the NotFound problem; an operation's own 404 is
 * kept, and one without a path parameter that can give 404 declares it itself), 400 wherever a body, query
 * or header is read (replacing the framework's bare "Bad Request"), 413/415 wherever a body is read, 406 and
 * 503 (the database cannot be reached) everywhere; and a string schema for response headers described only in words.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getComponents().addResponse(SERVICE_UNAVAILABLE, OASFactory.createAPIResponse()
                .description("The database cannot be reached just now; try again after Retry-After seconds")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem")))));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean staff = ApiPaths.isStaff(path);
            boolean names = path.contains("{"); // a path parameter: the id, slug or reference of something
            item.getOperations().forEach((method, operation) -> complete(operation, staff, names));
        });
    }

    private static void complete(Operation operation, boolean staff, boolean namesSomething) {
        APIResponses responses = operation.getResponses();
        if (staff) {
            addRef(responses, "401", "Unauthorized");
            addRef(responses, "403", "Forbidden");
            addRef(responses, "429", "TooManyRequests");
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme")));
        } else {
            operation.setSecurity(List.of());
        }
        if (namesSomething) {
            addRef(responses, "404", "NotFound");
        }
        if (operation.getRequestBody() != null || readsQueryOrHeaders(operation)) {
            APIResponse badRequest = responses.getAPIResponse("400");
            if (badRequest != null && badRequest.getRef() == null && badRequest.getContent() == null) {
                responses.removeAPIResponse("400");
            }
            addRef(responses, "400", "BadRequest");
        }
        if (operation.getRequestBody() != null) {
            addRef(responses, "413", "PayloadTooLarge");
            addRef(responses, "415", "UnsupportedMediaType");
        }
        addRef(responses, "406", "NotAcceptable");
        addRef(responses, "503", SERVICE_UNAVAILABLE);
        responses.getAPIResponses().values().forEach(ProblemResponsesFilter::typeHeaders);
    }

    private static boolean readsQueryOrHeaders(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.HEADER);
    }

    private static void typeHeaders(APIResponse response) {
        if (response.getHeaders() == null) {
            return;
        }
        for (Header header : response.getHeaders().values()) {
            if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            }
        }
    }

    private static void addRef(APIResponses responses, String code, String name) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}
