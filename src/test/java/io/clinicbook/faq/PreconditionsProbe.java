package io.clinicbook.faq;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only resource that answers through JAX-RS {@code Request.evaluatePreconditions}, as {@link TaggedResponses} could. */
@Path("/test/preconditions")
public class PreconditionsProbe {

    static final EntityTag TAG = new EntityTag("faq-probe");

    @GET
    @Operation(hidden = true)
    public Response get(@Context Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(TAG);
        return notModified != null ? notModified.build() : Response.ok("body").tag(TAG).build();
    }
}
