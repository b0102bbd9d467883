package io.clinicbook.integration.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where patients reach the service: the links in emails start here. */
@ConfigMapping(prefix = "clinic")
interface PublicSite {

    /** The public base URL of the service (behind the clinic's proxy, its public address). */
    @WithDefault("http://localhost:8080")
    String publicUrl();
}
