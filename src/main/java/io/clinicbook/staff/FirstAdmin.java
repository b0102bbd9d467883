package io.clinicbook.staff;

import io.clinicbook.clinic.ClinicConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Creates the first admin from configuration when the database has no staff user yet. */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    ClinicConfig config;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (StaffUser.count() > 0) {
            return;
        }
        ClinicConfig.FirstAdmin admin = config.firstAdmin();
        if (admin.password().isEmpty()) {
            LOG.warn("No staff user exists and CLINIC_FIRST_ADMIN_PASSWORD is not set: staff endpoints cannot be used yet.");
            return;
        }
        StaffUser.create(admin.username(), admin.password().get(), Roles.ADMIN);
        LOG.infof("Created the first admin '%s' from configuration.", admin.username());
    }
}
