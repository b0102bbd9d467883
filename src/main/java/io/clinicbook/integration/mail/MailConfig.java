package io.clinicbook.integration.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Email: whether it is sent, and when reminders go out. The SMTP server itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "clinic.mail")
interface MailConfig {

    /** Off by default: with no SMTP server configured, emails wait in the outbox, visible to staff as pending. */
    @WithDefault("false")
    boolean enabled();

    /** How long before a confirmed visit the patient's reminder goes out. */
    @WithDefault("24h")
    Duration reminderBefore();

    /** How often visits are checked for reminders due. */
    @WithDefault("1m")
    String reminderCheckInterval();
}
