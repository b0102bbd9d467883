package io.clinicbook.staff.session;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The staff member of an open console session, with their account's role; nobody for an ended or unknown one. */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    /** The identity's attribute holding its {@link StaffSessions.SignedIn}, for the session's own resource. */
    static final String SIGNED_IN = "clinic.console-session";

    @Inject
    StaffSessions sessions;

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.find(request.token)
                .map(who -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(who.username())).addRole(who.role())
                        .addAttribute(SIGNED_IN, who).build())
                .orElse(null));
    }
}
