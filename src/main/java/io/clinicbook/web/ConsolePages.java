package io.clinicbook.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The staff console's addresses: {@code /console} (sign-in) and {@code /console/desk}, pages served from {@code console/}. */
@ApplicationScoped
class ConsolePages {

    void routes(@Observes Router router) {
        router.get("/console").handler(ctx -> ctx.reroute("/console/index.html"));
        router.get("/console/desk").handler(ctx -> ctx.reroute("/console/desk.html"));
    }
}
