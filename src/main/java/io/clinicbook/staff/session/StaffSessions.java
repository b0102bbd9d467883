package io.clinicbook.staff.session;

import io.clinicbook.staff.LoginThrottle;
import io.clinicbook.support.Sha256;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Console sessions: opened by a sign-in that checks the password as HTTP Basic does (the same accounts,
 * hashes and throttle), found again from the cookie on each request, closed at sign-out or when a timeout
 * passes. The cookie's value is a random 256-bit token; only its SHA-256 is stored. The CSRF token is
 * derived from it (a hash of the secret the page cannot read), so checking a write costs no statement.
 */
@ApplicationScoped
class StaffSessions {

    static final String COOKIE = "clinic_session";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

    /** A session found from its cookie: who, with which role (as the account has it now), and since when. */
    record SignedIn(String username, String role, Instant createdAt) {
    }

    /** A session just opened: its cookie's value, and who it is for. */
    record Opened(String token, SignedIn who) {
    }

    @Inject
    SessionConfig config;
    @Inject
    Clock clock;
    @Inject
    IdentityProviderManager identities;
    @Inject
    LoginThrottle throttle;
    @Inject
    EntityManager entities;

    Opened open(String username, String password, String address) {
        long wait = throttle.waitSeconds(username, address);
        if (wait > 0) {
            throw new SignInThrottled(wait);
        }
        SecurityIdentity identity;
        try {
            identity = identities.authenticateBlocking(new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(password.toCharArray())));
        } catch (AuthenticationFailedException e) {
            throttle.failed(username, address);
            throw new SignInRefused();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKENS.encodeToString(secret);
        return new Opened(token, persist(token, identity.getPrincipal().getName(), identity.getRoles().iterator().next()));
    }

    @Transactional
    SignedIn persist(String token, String username, String role) {
        StaffSession session = new StaffSession();
        session.tokenHash = Sha256.hex(token);
        session.username = username;
        session.createdAt = clock.instant();
        session.lastSeenAt = session.createdAt;
        session.persist();
        return new SignedIn(username, role, session.createdAt);
    }

    /**
     * The session of this cookie, if it is still open: known, its account active, used within the idle
     * timeout and younger than the absolute one (an ended one is deleted). One statement, and a write at
     * most once a {@code clinic.console.touch-interval}.
     */
    @Transactional
    Optional<SignedIn> find(String token) {
        List<Object[]> rows = entities.createQuery("""
                        select s, l.role from StaffSession s, StaffLogin l where l.username = s.username and s.tokenHash = :hash""", Object[].class)
                .setParameter("hash", Sha256.hex(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = (StaffSession) rows.get(0)[0];
        Instant now = clock.instant();
        if (now.isAfter(session.lastSeenAt.plus(config.idleTimeout())) || now.isAfter(session.createdAt.plus(config.absoluteTimeout()))) {
            session.delete();
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt.plus(config.touchInterval()))) {
            session.lastSeenAt = now;
        }
        return Optional.of(new SignedIn(session.username, (String) rows.get(0)[1], session.createdAt));
    }

    @Transactional
    void close(String token) {
        StaffSession.delete("tokenHash", Sha256.hex(token));
    }

    Instant endsBy(SignedIn who) {
        return who.createdAt().plus(config.absoluteTimeout());
    }

    /** The CSRF token of a session: what its pages send in {@code X-CSRF-Token} with every write. */
    static String csrfToken(String token) {
        return TOKENS.encodeToString(Sha256.of("csrf:" + token));
    }

    static boolean isCsrfToken(String sent, String token) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), csrfToken(token).getBytes(StandardCharsets.UTF_8));
    }
}
