package io.clinicbook.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The manage link is {@code /manage#reference=…&token=…}: the page is served at {@code /manage}, and the
 * token stays in the fragment, which browsers never send to any server.
 */
@ApplicationScoped
class ManagePage {

    void routes(@Observes Router router) {
        router.get("/manage").handler(ctx -> ctx.reroute("/manage.html"));
    }
}
