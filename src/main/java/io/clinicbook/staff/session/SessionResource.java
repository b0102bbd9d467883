package io.clinicbook.staff.session;

import io.clinicbook.staff.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in and sign-out of the staff console. A session is a cookie ({@code HttpOnly}, {@code SameSite=Strict},
 * {@code Secure} over TLS, new at every sign-in) that opens the staff API to the console's own pages only
 * ({@link ForgedRequests}); scripts keep HTTP Basic.
 */
@Path(SessionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: console sessions", description = "Signing staff in and out of the console with a session cookie")
class SessionResource {

    static final String PATH = "/api/v1/admin/sessions";

    @Inject
    StaffSessions sessions;
    @Inject
    SecurityIdentity identity;
    @Context
    UriInfo uri;
    @Context
    HttpServerRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in to the console", description = "Checks the password as HTTP Basic does (the same accounts and "
            + "the same throttle of failed attempts) and opens a new session; any session the browser had is left to end.")
    @APIResponse(responseCode = "201", description = "Signed in: the session cookie is set",
            headers = @Header(name = "Set-Cookie", description = "clinic_session=…; Path=/; HttpOnly; SameSite=Strict (and Secure over TLS)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", description = "Wrong user name or password", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response signIn(@NotNull(message = "Please send your user name and password as a JSON body") @Valid SignIn signIn) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        StaffSessions.Opened opened = sessions.open(signIn.username(), signIn.password(), address);
        return Response.status(Response.Status.CREATED).cookie(cookie(opened.token(), false))
                .entity(view(opened.who().username(), opened.who().role(), opened.token(), sessions.endsBy(opened.who()))).build();
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Who is signed in, and the session's CSRF token", description = "For a console page opened anew.")
    @APIResponse(responseCode = "200", description = "The signed-in staff member")
    public SessionView current(@Parameter(hidden = true) @CookieParam(StaffSessions.COOKIE) String token) {
        StaffSessions.SignedIn who = identity.getAttribute(SessionIdentityProvider.SIGNED_IN);
        if (who == null) { // signed in with HTTP Basic
            return view(identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN) ? Roles.ADMIN : Roles.STAFF, null, null);
        }
        return view(who.username(), who.role(), token, sessions.endsBy(who));
    }

    @DELETE
    @Path("/current")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Sign out", description = "Ends the session on the server at once and clears the cookie; "
            + "needs the session's X-CSRF-Token like every console write. A session that has already ended gets the 401 "
            + "of any request without credentials.")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "403", description = "Not sent by the console (another origin, or no CSRF token)", ref = "Forbidden")
    public Response signOut(@Parameter(hidden = true) @CookieParam(StaffSessions.COOKIE) String token) {
        if (token != null) {
            sessions.close(token);
        }
        return Response.noContent().cookie(cookie("", true)).build();
    }

    private NewCookie cookie(String value, boolean expired) {
        return new NewCookie.Builder(StaffSessions.COOKIE).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .secure("https".equalsIgnoreCase(uri.getBaseUri().getScheme())).maxAge(expired ? 0 : NewCookie.DEFAULT_MAX_AGE).build();
    }

    private static SessionView view(String username, String role, String token, Instant endsBy) {
        return new SessionView(username, role, token == null ? null : StaffSessions.csrfToken(token), endsBy);
    }
}
