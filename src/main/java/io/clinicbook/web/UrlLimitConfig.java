package io.clinicbook.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a request's URL may be. The service answers a longer one with a problem+json 414; the
 * HTTP decoder's own limit ({@code quarkus.http.limits.max-initial-line-length}) is set well above
 * this one, since past it the connection is refused with an empty 414 before any handler runs.
 */
@ConfigMapping(prefix = "clinic.url")
public interface UrlLimitConfig {

    /** Characters in the path and query string together. */
    @WithDefault("4096")
    int maxLength();
}
