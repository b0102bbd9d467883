package io.clinicbook.integration.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service with email switched on, sending to a real SMTP server (GreenMail) on a free port. */
public class MailOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // Visits a week ahead are inside the reminder window, so tests see reminders without waiting a week.
        return Map.of("clinic.mail.enabled", "true", "quarkus.mailer.mock", "false", "clinic.mail.reminder-before", "9d",
                "clinic.public-url", "https://booking.clinic-mail.dev", "quarkus.mailer.from", "Clinic <frontdesk@clinic-mail.dev>");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpServer.class));
    }

    /** Starts GreenMail and points the mailer at it. */
    public static class SmtpServer implements QuarkusTestResourceLifecycleManager {

        static GreenMail greenMail;

        @Override
        public Map<String, String> start() {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(greenMail.getSmtp().getPort()));
        }

        @Override
        public void stop() {
            greenMail.stop();
        }
    }
}
