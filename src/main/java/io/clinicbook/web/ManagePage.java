package io.clinicbook.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The manage link is {@code /manage#reference=…&token=…}: the page is served at {@code /manage}, and the
 * token stays in the fragment, which browsers never send to any server. The same for a waitlist offer's
 * link, {@code /waitlist#offer=…} (booking.waitlist).
 */
@ApplicationScoped
class ManagePage {

    void routes(@Observes Router router) {
        router.get("/manage").handler(ctx -> ctx.reroute("/manage.html"));
        router.get("/waitlist").handler(ctx -> ctx.reroute("/waitlist.html"));
    }
}
