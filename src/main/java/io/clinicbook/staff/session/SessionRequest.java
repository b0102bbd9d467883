package io.clinicbook.staff.session;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The console session cookie's value, to be checked by {@link SessionIdentityProvider}. */
class SessionRequest extends BaseAuthenticationRequest {

    final String token;

    SessionRequest(String token) {
        this.token = token;
    }
}
