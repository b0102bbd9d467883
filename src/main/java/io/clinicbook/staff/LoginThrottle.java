package io.clinicbook.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.problem.Problem;
import io.clinicbook.web.ApiPaths;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.clinicbook.ratelimit.ClientBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Throttles guessing of staff passwords: each HTTP Basic sign-in on the staff API that ends in 401
 * (and each failed console sign-in, {@code staff.session})
 * takes a token from its username's bucket and from its client address's bucket; while either is
 * empty, sign-ins are refused with a 429 problem and {@code Retry-After}, right credentials
 * included. Failures and refusals are counted on /q/metrics. Buckets live in this instance's memory
 * (this runs on the event loop, where a database round trip has no place).
 */
@ApplicationScoped
public class LoginThrottle {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ObjectMapper json;
    private final Set<String> exempt;
    private final ClientBuckets buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;
    private final Counter failures;
    private final Counter refusals;

    LoginThrottle(LoginThrottleConfig config, ObjectMapper json, MeterRegistry registry) {
        this.json = json;
        this.exempt = Set.copyOf(config.exemptAddresses().orElse(List.of()));
        this.buckets = ClientBuckets.inMemory(config.period());
        this.perAccount = allowing(config.accountFailures(), config.period());
        this.perAddress = allowing(config.addressFailures(), config.period());
        this.failures = Counter.builder("clinic.staff.sign.in.failures")
                .description("Staff sign-ins refused for wrong or unknown credentials").register(registry);
        this.refusals = Counter.builder("clinic.staff.sign.in.throttled")
                .description("Staff sign-ins refused without checking, after too many failures").register(registry);
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 250);
    }

    private void handle(RoutingContext ctx) {
        String username = basicUsername(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
        String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        if (username == null || !ApiPaths.isStaff(ApiPaths.of(ctx))) {
            ctx.next();
            return;
        }
        long waitSeconds = waitSeconds(username, address);
        if (waitSeconds > 0) {
            refuse(ctx, waitSeconds);
            return;
        }
        ctx.addHeadersEndHandler(ended -> {
            if (ctx.response().getStatusCode() == 401) {
                failed(username, address);
            }
        });
        ctx.next();
    }

    /** How long sign-ins of this account from this address must wait (0: they may try now); counts a refusal. */
    public long waitSeconds(String username, String address) {
        if (exempt.contains(address)) {
            return 0;
        }
        long waitNanos = Math.max(waitNanos(buckets.of("account:" + username, perAccount)), waitNanos(buckets.of("address:" + address, perAddress)));
        if (waitNanos == 0) {
            return 0;
        }
        refusals.increment();
        return Math.max(1, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    /** A sign-in with wrong or unknown credentials. */
    public void failed(String username, String address) {
        if (exempt.contains(address)) {
            return;
        }
        failures.increment();
        buckets.of("account:" + username, perAccount).tryConsume(1);
        buckets.of("address:" + address, perAddress).tryConsume(1);
    }

    private static BucketConfiguration allowing(int failures, Duration period) {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(failures).refillGreedy(failures, period)).build();
    }

    private static long waitNanos(Bucket bucket) {
        return bucket.getAvailableTokens() > 0 ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private void refuse(RoutingContext ctx, long retryAfterSeconds) {
        Problem problem = Problem.of(429, "sign-in-throttled", "Too many failed sign-ins",
                "Too many failed sign-ins for this account or from your address; please wait "
                        + retryAfterSeconds + " seconds and try again.").at(ctx.request().path());
        try {
            ctx.response().setStatusCode(429)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** The username of an HTTP Basic {@code Authorization} header, or null for none or another scheme. */
    static String basicUsername(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
