package io.clinicbook.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A 429 problem is the one that carries a header: {@code Retry-After}, in seconds. */
class TooManyRequestsMapper {

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e, HttpServerRequest request) {
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(e.toProblem().at(request.path())).build();
    }
}
