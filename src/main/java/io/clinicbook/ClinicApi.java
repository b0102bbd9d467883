package io.clinicbook;

import io.clinicbook.booking.plan.CarePlanView;
import io.clinicbook.booking.plan.PlanExamples;
import io.clinicbook.problem.Problem;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The API as a whole: the problem responses every operation refers to by name
 * ({@code @APIResponse(responseCode = "409", ref = "Conflict")}); {@link io.clinicbook.problem.ProblemResponsesFilter}
 * adds the ones every operation of a kind gives (401/403 on staff operations, 404 where a path parameter names something, ...).
 */
@OpenAPIDefinition(info = @Info(title = "Clinic booking and FAQ API", version = "1.0.0"), components = @Components(responses = {
        @APIResponse(name = "BadRequest", description = "Invalid input; `violations` lists the fields at fault",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                        examples = @ExampleObject(name = "validation", value = """
                                {"type":"https://clinicbook.io/problems/validation","title":"Your request has invalid fields","status":400,\
                                "detail":"Please give the English text","instance":"/api/v1/admin/faqs",\
                                "violations":[{"field":"question.en","message":"Please give the English text"}]}"""))),
        @APIResponse(name = "Unauthorized", description = "No or wrong staff credentials",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "Forbidden", description = "The staff user lacks the role",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "NotFound", description = "No such thing",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                        examples = @ExampleObject(name = "not-found", value = """
                                {"type":"https://clinicbook.io/problems/not-found","title":"Not found","status":404,\
                                "detail":"There is no service 'massage'.","instance":"/api/v1/services/massage"}"""))),
        @APIResponse(name = "Conflict", description = "Clashes with the current state",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "PayloadTooLarge", description = "The body is over the size limit",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "NotAcceptable", description = "No media type the Accept header allows can be given",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "UnsupportedMediaType", description = "The body is not application/json",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "Unprocessable", description = "Well-formed, but the clinic's rules refuse it",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        @APIResponse(name = "TooManyRequests", description = "Rate limit reached; see Retry-After",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        // A care plan's booking answers the same to its patient and to staff.
        @APIResponse(name = "PlanBooked", description = "Booked: every visit is an appointment",
                headers = @Header(name = "Location", description = "The plan's address for the patient", schema = @Schema(type = SchemaType.STRING)),
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarePlanView.class))),
        @APIResponse(name = "PlanNotBooked", description = "Some visits' times are taken (`visits` names them, with alternatives), the plan "
                + "is already booked, or a request with the same Idempotency-Key is in flight",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                        examples = @ExampleObject(name = "plan-visits-taken", value = PlanExamples.TAKEN)))
}))
public class ClinicApi extends Application {
}
