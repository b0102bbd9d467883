package io.clinicbook.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.clinicbook.web.ApiPaths;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;

/** The one place where exceptions become {@code application/problem+json}. */
class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String REALM_CHALLENGE = "Basic realm=\"clinic-staff\"";

    @Inject
    AllowedMethods allowedMethods;
    @Inject
    DatabaseUnavailable databaseUnavailable;
    @Inject
    ProblemTexts texts;

    @ServerExceptionMapper
    public Response clinicProblem(ClinicProblem e, HttpServerRequest request) {
        return respond(texts.of(e), request);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        String detail = violations.size() == 1 ? violations.get(0).message()
                : texts.text("detail.validation.several", "Please correct the {0} fields listed in violations.", violations.size());
        return respond(Problem.of(400, "validation", texts.text("title.validation", "Your request has invalid fields"), detail)
                .withViolations(violations), request);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        String detail = "The request body is not valid JSON.";
        List<Problem.Violation> violations = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldOf(mapping);
            String message = e instanceof InvalidFormatException format
                    ? "The value '" + format.getValue() + "' has the wrong format"
                    : "This field has the wrong type or shape";
            detail = "The field '" + field + "' could not be read.";
            violations = List.of(new Problem.Violation(field, message));
        }
        return respond(Problem.of(400, "malformed-body", "Malformed request body", detail)
                .withViolations(violations), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        Problem problem = Problem.of(401, "unauthorized", "Authentication required",
                        "Staff endpoints need HTTP Basic credentials of a staff user, or a console session.")
                .at(request.path());
        Response.ResponseBuilder response = Response.status(401).type(Problem.MEDIA_TYPE).entity(problem);
        return request.getHeader(ApiPaths.CONSOLE_HEADER) == null ? response.header(HttpHeaders.WWW_AUTHENTICATE, REALM_CHALLENGE).build()
                : response.build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "Your staff account does not have the role this operation needs."), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (status == 404 && e.getCause() instanceof IllegalArgumentException && request.query() != null) {
            // JAX-RS answers a query parameter it cannot convert (size=abc) with 404, as for a path parameter.
            return respond(Problem.of(400, "validation", "Your request has invalid fields",
                    "A query parameter has the wrong type or format; see /q/openapi."), request);
        }
        Problem problem = HttpProblems.forStatus(status, request.method().name());
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem.at(request.path()));
        Optional<String> allow = Optional.ofNullable(e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        if (status == 405 && allow.isEmpty()) {
            allow = allowedMethods.forPath(request.path());
        }
        allow.ifPresent(methods -> response.header(HttpHeaders.ALLOW, methods));
        return response.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (malformedForm(e)) {
            return respond(Problem.of(400, "malformed-body", "Malformed request body",
                    "The form body is not valid application/x-www-form-urlencoded data (a % must start an escape such as %20)."),
                    request);
        }
        if (e instanceof IOException && readingBody(e)) {
            // The body stopped arriving (cut off by the read timeout) or the connection broke: the client's doing.
            return respond(Problem.of(400, "incomplete-body", "Incomplete request body",
                    "The request body did not arrive in full, or in time; please send it again."), request);
        }
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Database unavailable: %s", e.getClass().getName());
            return databaseUnavailable.response(request.path());
        }
        String incident = UUID.randomUUID().toString();
        // Only the exception type and stack: messages may quote patient input.
        LOG.errorf("Unexpected failure, incident %s: %s", incident, e.getClass().getName());
        LOG.debug("Stack of incident " + incident, e);
        return respond(Problem.of(500, "internal", "Internal error",
                "Something went wrong on our side. Please try again; if it persists, quote incident " + incident + "."),
                request);
    }

    /** RESTEasy Reactive's form parser throws a bare IllegalArgumentException on a malformed %-escape. */
    private static boolean malformedForm(Throwable e) {
        return e instanceof IllegalArgumentException && thrownIn(e, FormEncodedDataDefinition.class);
    }

    private static boolean readingBody(Throwable e) {
        return thrownIn(e, VertxInputStream.class);
    }

    private static boolean thrownIn(Throwable e, Class<?> type) {
        return Arrays.stream(e.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(type.getName()));
    }

    private static Response respond(Problem problem, HttpServerRequest request) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(request.path())).build();
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * {@code create.request.patient.email} becomes {@code patient.email}, {@code create.request.tags[0].<list element>}
     * becomes {@code tags[0]}; a query parameter keeps its name.
     */
    private static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
                continue;
            }
            // A node's index or key says where it sits in the container named before it: tags[0], items[2].name
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (position != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        if (names.size() > 1) {
            names.remove(0); // a body parameter's own name says nothing to the client
        }
        return String.join(".", names);
    }
}
