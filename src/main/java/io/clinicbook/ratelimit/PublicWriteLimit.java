package io.clinicbook.ratelimit;

import io.clinicbook.problem.TooManyRequests;
import io.clinicbook.web.ApiPaths;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate-limits the public API's write requests per client address with token buckets (429 with
 * Retry-After). On PostgreSQL the buckets are shared by every instance; on H2 they live in memory
 * (see {@link ClientBuckets}).
 */
@ApplicationScoped
class PublicWriteLimit {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final RateLimitConfig config;
    private final Set<String> exempt;
    private final ClientBuckets buckets;
    private final BucketConfiguration allowance;

    PublicWriteLimit(RateLimitConfig config, ClientBuckets buckets) {
        this.config = config;
        this.exempt = Set.copyOf(config.exemptAddresses().orElse(List.of()));
        this.buckets = buckets;
        this.allowance = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(config.requests()).refillGreedy(config.requests(), config.period()))
                .build();
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext context, HttpServerRequest request, RoutingContext routing) {
        if (!config.enabled() || !WRITES.contains(context.getMethod()) || !ApiPaths.isPublic(ApiPaths.of(routing))) {
            return;
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (exempt.contains(client)) {
            return;
        }
        ConsumptionProbe probe = buckets.of("public-write:" + client, allowance).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(Math.max(1, (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
        }
    }
}
