package io.clinicbook.booking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clinicbook.problem.TooManyRequests;
import io.clinicbook.web.ApiPaths;
import io.github.bucket4j.Bucket;
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
 * Retry-After). Buckets live in this instance's memory, so N instances allow up to N times the limit;
 * buckets of clients gone quiet for a period are dropped, and at most {@value #TRACKED_CLIENTS} are kept.
 */
@ApplicationScoped
public class PublicWriteLimit {

    private static final long TRACKED_CLIENTS = 100_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final RateLimitConfig config;
    private final Set<String> exempt;
    private final Cache<String, Bucket> buckets;

    PublicWriteLimit(RateLimitConfig config) {
        this.config = config;
        this.exempt = Set.copyOf(config.exemptAddresses().orElse(List.of()));
        this.buckets = Caffeine.newBuilder().maximumSize(TRACKED_CLIENTS).expireAfterAccess(config.period()).build();
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
        ConsumptionProbe probe = buckets.get(client, address -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(Math.max(1, (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(config.requests()).refillGreedy(config.requests(), config.period()))
                .build();
    }
}
