package io.clinicbook.clinic;

import io.clinicbook.web.ApiPaths;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;

/**
 * CORS for the public API, from the website origins in the clinic's settings. Staff endpoints get no
 * CORS headers: browsers on other sites must not call them. The origins are cached and re-read
 * every minute, so a change made through another instance arrives within that time.
 */
@ApplicationScoped
class WebsiteCors {

    private static final long REFRESH_MILLIS = Duration.ofMinutes(1).toMillis();

    @Inject
    Vertx vertx;

    private volatile Set<String> origins = Set.of();
    private volatile long loadedAt;

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    void onChange(@Observes ClinicSettings settings) {
        origins = Set.copyOf(settings.websiteOrigins());
        loadedAt = System.currentTimeMillis();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 200);
    }

    private void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (!ApiPaths.isPublic(ApiPaths.of(ctx))) {
            ctx.next();
            return;
        }
        // Answers differ by Origin, with it or without it, so shared caches (FAQ answers are public) keep them apart.
        ctx.response().headers().add("Vary", "Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        refreshIfStale();
        if (!origins.contains(origin)) {
            ctx.next();
            return;
        }
        var response = ctx.response();
        response.putHeader("Access-Control-Allow-Origin", origin);
        response.putHeader("Access-Control-Expose-Headers", "ETag, Location, Retry-After, Idempotent-Replayed");
        if (ctx.request().method() == HttpMethod.OPTIONS && ctx.request().getHeader("Access-Control-Request-Method") != null) {
            response.putHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
            response.putHeader("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key, If-None-Match, Authorization, X-Manage-Token");
            response.putHeader("Access-Control-Max-Age", "600");
            response.setStatusCode(204).end();
            return;
        }
        ctx.next();
    }

    private void refreshIfStale() {
        if (System.currentTimeMillis() - loadedAt > REFRESH_MILLIS) {
            loadedAt = System.currentTimeMillis(); // one refresh at a time
            vertx.executeBlocking(() -> {
                reload();
                return null;
            }, false);
        }
    }

    private void reload() {
        origins = Set.copyOf(QuarkusTransaction.requiringNew().call(() -> Clinic.current().origins()));
        loadedAt = System.currentTimeMillis();
    }
}
