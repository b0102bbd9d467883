package io.clinicbook.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problems for requests that never reach a resource: routes nobody serves and bodies over the size
 * limit are answered by the HTTP layer, so they get their problem+json here.
 */
@ApplicationScoped
public class RouterProblems {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    /** Refuses a declared oversized body before anything reads it, with a problem rather than a bare 413. */
    void limitBodies(@Observes Filters filters) {
        filters.register(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                write(ctx, 413);
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
        for (int status : new int[] {404, 405, 413}) {
            router.errorHandler(status, ctx -> write(ctx, status));
        }
    }

    private void write(RoutingContext ctx, int status) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        try {
            Problem problem = HttpProblems.forStatus(status, ctx.request().method().name()).at(ctx.request().path());
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (Exception e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
