package io.clinicbook.booking.request;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * States {@link BookingRequest#checkReachable()} in the AppointmentRequest schema, where JSON Schema can say it:
 * {@code anyOf} a {@code contact}, or a patient with both {@code email} and {@code phone}, neither empty. Bean
 * Validation cannot say a rule across fields, hence this filter; the schema's description says it in words.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ReachableSchemaFilter implements OASFilter {

    static final String RULE = "Someone must be reachable: either a `contact`, or the patient's email and phone "
            + "(both, the email not empty). A request with neither is refused with 400, the violation at `patient.email`.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        Schema request = schemas == null ? null : schemas.get("AppointmentRequest");
        if (request == null) {
            return;
        }
        // Both named in the branch's properties too, as every required property should be (Redocly's rule).
        Schema reachablePatient = OASFactory.createSchema().required(List.of("email", "phone"))
                .addProperty("email", OASFactory.createSchema().minLength(1))
                .addProperty("phone", OASFactory.createSchema().minLength(1));
        request.description(RULE).anyOf(List.of(
                OASFactory.createSchema().required(List.of("contact")),
                OASFactory.createSchema().addProperty("patient", reachablePatient)));
    }
}
