package io.clinicbook.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.clinicbook.web.UrlLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problems for requests that never reach a resource: routes nobody serves, bodies over the size
 * limit (declared or chunked) and overlong URLs are answered by the HTTP layer, so they get their
 * problem+json here.
 */
@ApplicationScoped
class RouterProblems {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    UrlLimitConfig url;

    private BodyHandler chunkedBodies;

    /**
     * Refuses a declared oversized body before anything reads it, and reads a chunked one here up to
     * the limit (the REST layer uses what was read), so both get a problem rather than a bare 413.
     */
    void limitBodies(@Observes Filters filters) {
        chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        filters.register(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (ctx.request().uri().length() > url.maxLength()) {
                write(ctx, 414);
            } else if (length != null && isOver(length)) {
                write(ctx, 413);
            } else if (length == null && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
                chunkedBodies.handle(ctx);
            } else {
                ctx.next();
            }
        }, 300);
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void install(@Observes Router router) {
        for (int status : new int[] {404, 405, 413, 414}) {
            router.errorHandler(status, ctx -> write(ctx, status));
        }
        // The chunked body reader fails the request with 413, which the framework's failure handler would end empty.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413) {
                write(ctx, 413);
            } else {
                ctx.next();
            }
        });
    }

    private void write(RoutingContext ctx, int status) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        try {
            Problem problem = HttpProblems.forStatus(status, ctx.request().method().name())
                    .at(status == 414 ? null : ctx.request().path());
            if (status == 413 || status == 414) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the request is not read
            }
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (Exception e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
