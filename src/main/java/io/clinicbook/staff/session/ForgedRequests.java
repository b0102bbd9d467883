package io.clinicbook.staff.session;

import io.clinicbook.web.ApiPaths;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF protection of the console: a write to the staff API that would be authorised by the session
 * cookie must come from the service's own origin ({@code Origin}, and {@code Sec-Fetch-Site} where the
 * browser sends it) and carry the session's {@code X-CSRF-Token}, which only the console's own pages can
 * read; a sign-in must come from the service's own origin. The cookie is also {@code SameSite=Strict}; this does
 * not rely on it. Requests with credentials of their own (HTTP Basic) are not judged by the cookie.
 */
@ApplicationScoped
class ForgedRequests {

    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @ServerRequestFilter
    public void refuse(ContainerRequestContext request, RoutingContext routing) {
        String path = ApiPaths.of(routing);
        if (!WRITES.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || !ApiPaths.isStaff(path)) {
            return;
        }
        Cookie cookie = request.getCookies().get(StaffSessions.COOKIE);
        boolean signIn = path.equals(SessionResource.PATH);
        if (cookie == null && !signIn) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        String site = request.getHeaderString("Sec-Fetch-Site");
        if ((origin != null && !sameOrigin(origin, request.getUriInfo().getBaseUri())) || (site != null && !site.equals("same-origin"))) {
            throw new ForgedRequest("forged-request.origin", "The request comes from another site; the console's writes are accepted from its own pages only.");
        }
        // A sign-in has no session yet (or an ended one): its own origin is all it can show.
        if (!signIn && !StaffSessions.isCsrfToken(request.getHeaderString(HEADER), cookie.getValue())) {
            throw new ForgedRequest("forged-request.token", "The request lacks the session's " + HEADER + " header; sign in again if the page is old.");
        }
    }

    private static boolean sameOrigin(String origin, URI base) {
        try {
            URI sent = URI.create(origin);
            return base.getScheme().equalsIgnoreCase(sent.getScheme()) && base.getHost().equalsIgnoreCase(sent.getHost())
                    && port(base) == port(sent);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
