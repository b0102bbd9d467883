package io.clinicbook.problem;

import io.clinicbook.web.ApiPaths;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Adds to the contract the problem responses that the framework gives on its own, so no operation
 * has to repeat them: 401/403/429 on staff operations (429: sign-ins throttled after failures),
 * 400/413/415 wherever a body is read, 503 everywhere (the database cannot be reached).
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
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem")))));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean staff = ApiPaths.isStaff(path);
            item.getOperations().forEach((method, operation) -> complete(operation, method, staff));
        });
    }

    private static void complete(Operation operation, PathItem.HttpMethod method, boolean staff) {
        APIResponses responses = operation.getResponses();
        if (staff) {
            addRef(responses, "401", "Unauthorized");
            addRef(responses, "403", "Forbidden");
            addRef(responses, "429", "TooManyRequests");
            operation.setSecurity(java.util.List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme")));
        }
        if (operation.getRequestBody() != null) {
            addRef(responses, "400", "BadRequest");
            addRef(responses, "413", "PayloadTooLarge");
            addRef(responses, "415", "UnsupportedMediaType");
        }
        addRef(responses, "503", SERVICE_UNAVAILABLE);
    }

    private static void addRef(APIResponses responses, String code, String name) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}
