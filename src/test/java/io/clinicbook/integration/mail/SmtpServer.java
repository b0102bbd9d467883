package io.clinicbook.integration.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port for the whole test run, with email switched on and
 * pointed at it. Suite-wide rather than a test profile, so the service is not restarted for it: the
 * other tests book for addresses at example.org, which get no email.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    static GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        // Visits a week ahead are inside the reminder window, so tests see reminders without waiting a week;
        // from a Saturday morning, "a weekday a week ahead" (integration.Visits) is nine days and some hours away.
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(greenMail.getSmtp().getPort()),
                "quarkus.mailer.mock", "false", "clinic.mail.enabled", "true", "clinic.mail.reminder-before", "10d",
                "clinic.public-url", "https://booking.clinic-mail.dev", "quarkus.mailer.from", "Clinic <frontdesk@clinic-mail.dev>");
    }

    @Override
    public void stop() {
        greenMail.stop();
    }
}
