package io.clinicbook;

import io.clinicbook.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
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
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
}))
public class ClinicApi extends Application {
}
