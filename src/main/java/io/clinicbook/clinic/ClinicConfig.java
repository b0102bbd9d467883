package io.clinicbook.clinic;

import io.clinicbook.staff.FirstAdmin;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Start-up settings of the service (the clinic's own settings live in the database, see {@link Clinic}). */
@ConfigMapping(prefix = "clinic")
public interface ClinicConfig {

    /** Where the embedded H2 database keeps its files. */
    @WithDefault("./data")
    String dataDir();

    /**
     * Whether an empty database gets the demo SOT clinic at start-up. Unset: yes for the embedded H2
     * database (the try-it-out default), no for PostgreSQL.
     */
    Optional<Boolean> demoData();

    FirstAdmin firstAdmin();

    /** The staff user created at start-up when there is none yet. */
    interface FirstAdmin {
        @WithDefault("admin")
        String username();

        /** No default outside dev and test: without it no admin is created. */
        Optional<String> password();
    }
}
