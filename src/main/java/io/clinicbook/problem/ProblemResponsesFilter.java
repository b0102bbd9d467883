package io.clinicbook.problem;

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
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Adds to the contract what the framework does on every operation, so no operation has to repeat it:
 * 401/403 and the security requirement on staff operations (public ones say they need none), 400
 * wherever a body, query or header is read (replacing the framework's bare "Bad Request"), 413/415
 * wherever a body is read, 406 everywhere; and a string schema for response headers described only
 * in words.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean staff = path.startsWith("/api/v1/admin");
            item.getOperations().forEach((method, operation) -> complete(operation, staff));
        });
    }

    private static void complete(Operation operation, boolean staff) {
        APIResponses responses = operation.getResponses();
        if (staff) {
            addRef(responses, "401", "Unauthorized");
            addRef(responses, "403", "Forbidden");
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme")));
        } else {
            operation.setSecurity(List.of());
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
