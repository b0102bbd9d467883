package io.clinicbook.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/**
 * Response headers for what a browser loads from the service. Every response: no MIME sniffing and no
 * referrer (the manage page's address must never travel on). Pages (demo, manage, Swagger UI): a
 * Content-Security-Policy that allows nothing from other hosts and no framing. Widget scripts: meant to
 * be embedded by clinic sites on other origins, so readable cross-origin and cacheable. Widget scripts and
 * pages carry their {@link StaticFiles} ETag, and a GET whose If-None-Match holds it gets 304
 * ({@link EntityTags}).
 */
@ApplicationScoped
class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
    /** The Swagger UI page configures itself with an inline script and inline styles; still nothing from other hosts. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
    static final String WIDGET_CACHE = "public, max-age=600";

    @Inject
    StaticFiles files;

    void register(@Observes Filters filters) {
        filters.register(this::handle, 100);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Consumer<MultiMap> headers;
        String etag = null;
        if (path.startsWith(StaticFiles.WIDGETS)) {
            etag = files.etag(path);
            String tag = etag;
            headers = h -> widgetHeaders(h, tag);
        } else if (path.startsWith("/q/swagger-ui")) {
            headers = h -> pageHeaders(h, SWAGGER_POLICY, null);
        } else if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
            etag = files.etag(path);
            String tag = etag;
            headers = h -> pageHeaders(h, PAGE_POLICY, tag);
        } else {
            headers = SecurityHeaders::common;
        }
        if (etag != null && (ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD)
                && EntityTags.notModified(ctx.request().headers().getAll(HttpHeaders.IF_NONE_MATCH), etag)) {
            headers.accept(ctx.response().headers());
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.addHeadersEndHandler(v -> headers.accept(ctx.response().headers()));
        ctx.next();
    }

    private static void common(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
    }

    private static void pageHeaders(MultiMap headers, String policy, String etag) {
        common(headers);
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Frame-Options", "DENY");
        if (etag != null) {
            headers.set(HttpHeaders.ETAG, etag);
        }
    }

    private static void widgetHeaders(MultiMap headers, String etag) {
        common(headers);
        headers.set("Cache-Control", WIDGET_CACHE);
        headers.set("Cross-Origin-Resource-Policy", "cross-origin");
        headers.set("Access-Control-Allow-Origin", "*");
        if (etag != null) {
            headers.set(HttpHeaders.ETAG, etag);
        }
    }
}
