package io.clinicbook.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The responses the filter adds, so that no resource has to repeat them. */
class ProblemResponsesFilterTest {

    @Test
    void anOperationWithAPathParameterAnswers404ForAnUnknownOne() {
        Operation byId = operation().addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH));
        Operation list = operation();
        filter(contract("/api/v1/admin/things/{id}", byId, "/api/v1/admin/things", list));

        assertThat(byId.getResponses().getAPIResponse("404").getRef()).isEqualTo("#/components/responses/NotFound");
        assertThat(list.getResponses().getAPIResponse("404")).as("no path parameter, no unknown id").isNull();
    }

    @Test
    void anOperationsOwn404IsKept() {
        Operation byId = operation().addParameter(OASFactory.createParameter().name("slug").in(Parameter.In.PATH));
        byId.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().description("No such feed"));
        filter(contract("/api/v1/things/{slug}", byId, "/api/v1/other", operation()));

        assertThat(byId.getResponses().getAPIResponse("404").getDescription()).isEqualTo("No such feed");
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static OpenAPI contract(String path, Operation operation, String otherPath, Operation other) {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents()).paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().GET(operation))
                .addPathItem(otherPath, OASFactory.createPathItem().GET(other)));
    }

    private static void filter(OpenAPI openAPI) {
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
    }
}
