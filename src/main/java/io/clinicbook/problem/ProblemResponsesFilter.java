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
 * has to repeat them: 401/403 on staff operations, 400/413/415 wherever a body is read.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
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
            operation.setSecurity(java.util.List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme")));
        }
        if (operation.getRequestBody() != null) {
            addRef(responses, "400", "BadRequest");
            addRef(responses, "413", "PayloadTooLarge");
            addRef(responses, "415", "UnsupportedMediaType");
        }
    }

    private static void addRef(APIResponses responses, String code, String name) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}
