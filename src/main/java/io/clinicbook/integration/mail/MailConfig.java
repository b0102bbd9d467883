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

    /**
     * How often visits are checked for reminders due. A visit booked (or confirmed) inside the reminder
     * lead time gets its reminder at the next check, so within about this interval.
     */
    @WithDefault("1m")
    String reminderCheckInterval();

    /** How long to wait for the SMTP server to accept the connection. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** How long the SMTP server may stay silent while a mail is sent (the greeting, each reply); then the connection is closed. */
    @WithDefault("30s")
    Duration readTimeout();

    /**
     * The bound on one whole mail, connection to the server's last reply; then the attempt fails and is
     * retried. The outbox lease ({@code clinic.outbox.lease}) must be longer.
     */
    @WithDefault("60s")
    Duration sendTimeout();
}
