package io.clinicbook.integration.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.MailResult;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.Config;

/**
 * Sends a letter over SMTP with the service's own timeouts: Quarkus Mailer has only a bound on the whole
 * blocking send (60 s) and leaves the Vert.x client's connect timeout at 60 s and its read timeout unset,
 * so a server that accepts and never answers would hold the connection for good. This client reads the
 * same {@code quarkus.mailer.*} settings the README lists (host, port, username, password, from,
 * bounce-address, tls, start-tls, login, trust-all, own-host-name, max-pool-size) and adds
 * {@code clinic.mail.connect-timeout}, {@code read-timeout} and {@code send-timeout}. In mock mode
 * (Quarkus's default in dev and test) mails go to Quarkus Mailer's mock mailbox as before.
 */
@ApplicationScoped
class SmtpSender {

    /** Why a mail did not get through: a short sentence for the delivery log, without any address. */
    static final class NotSent extends Exception {
        NotSent(String why) {
            super(why, null, false, false);
        }
    }

    private final Vertx vertx;
    private final Mailer mockMailer;
    private final MailConfig config;
    private final MailClient client;
    private final String from;
    private final String bounceAddress;

    @Inject
    SmtpSender(Vertx vertx, Mailer mockMailer, MailConfig config, Config settings) {
        this.vertx = vertx;
        this.mockMailer = mockMailer;
        this.config = config;
        boolean mock = settings.getOptionalValue("quarkus.mailer.mock", Boolean.class).orElse(LaunchMode.current() != LaunchMode.NORMAL);
        this.from = settings.getOptionalValue("quarkus.mailer.from", String.class).orElse(null);
        this.bounceAddress = settings.getOptionalValue("quarkus.mailer.bounce-address", String.class).orElse(null);
        this.client = mock ? null : MailClient.create(vertx, smtp(config, settings));
    }

    private static io.vertx.ext.mail.MailConfig smtp(MailConfig config, Config settings) {
        boolean tls = settings.getOptionalValue("quarkus.mailer.tls", Boolean.class)
                .orElse(settings.getOptionalValue("quarkus.mailer.ssl", Boolean.class).orElse(false));
        io.vertx.ext.mail.MailConfig smtp = new io.vertx.ext.mail.MailConfig()
                .setHostname(settings.getOptionalValue("quarkus.mailer.host", String.class).orElse("localhost"))
                .setPort(settings.getOptionalValue("quarkus.mailer.port", Integer.class).orElse(tls ? 465 : 25))
                .setSsl(tls)
                .setStarttls(StartTLSOptions.valueOf(settings.getOptionalValue("quarkus.mailer.start-tls", String.class)
                        .orElse("OPTIONAL").toUpperCase(Locale.ROOT)))
                .setLogin(LoginOption.valueOf(settings.getOptionalValue("quarkus.mailer.login", String.class)
                        .orElse("NONE").toUpperCase(Locale.ROOT)))
                .setTrustAll(settings.getOptionalValue("quarkus.mailer.trust-all", Boolean.class).orElse(false))
                .setMaxPoolSize(settings.getOptionalValue("quarkus.mailer.max-pool-size", Integer.class).orElse(10))
                .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
                .setIdleTimeout(Math.toIntExact(config.readTimeout().toMillis()))
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        settings.getOptionalValue("quarkus.mailer.username", String.class).ifPresent(smtp::setUsername);
        settings.getOptionalValue("quarkus.mailer.password", String.class).ifPresent(smtp::setPassword);
        settings.getOptionalValue("quarkus.mailer.own-host-name", String.class).ifPresent(smtp::setOwnHostname);
        settings.getOptionalValue("quarkus.mailer.auth-methods", String.class).ifPresent(smtp::setAuthMethods);
        return smtp;
    }

    void send(Letter letter) throws NotSent {
        if (client == null) {
            sendToMock(letter);
            return;
        }
        MailMessage mail = new MailMessage().setFrom(from).setBounceAddress(bounceAddress).setTo(letter.to())
                .setSubject(letter.subject()).setText(letter.text()).setHtml(letter.html());
        if (letter.invitation() != null) {
            mail.setAttachment(MailAttachment.create().setName("invitation.ics").setDisposition("attachment")
                    .setContentType(letter.invitation().mediaType())
                    .setData(Buffer.buffer(letter.invitation().ics().getBytes(StandardCharsets.UTF_8))));
        }
        try {
            // Started on an event loop, as PinnedHttp's requests are: from the outbox's own threads, a send was seen in
            // CI to finish only at the send timeout, holding up the mails behind it.
            Promise<MailResult> sent = Promise.promise();
            vertx.getOrCreateContext().runOnContext(started -> client.sendMail(mail).onComplete(sent));
            sent.future().toCompletionStage().toCompletableFuture().get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NotSent("The SMTP server did not finish within " + config.sendTimeout().toSeconds() + " s (clinic.mail.send-timeout)");
        } catch (ExecutionException e) {
            // The type only: SMTP errors quote the recipient's address.
            throw new NotSent("The SMTP server did not take it: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSent("Interrupted while the service stopped");
        }
    }

    private void sendToMock(Letter letter) throws NotSent {
        Mail mail = Mail.withText(letter.to(), letter.subject(), letter.text()).setHtml(letter.html());
        if (letter.invitation() != null) {
            mail.addAttachment("invitation.ics", letter.invitation().ics().getBytes(StandardCharsets.UTF_8), letter.invitation().mediaType());
        }
        try {
            mockMailer.send(mail);
        } catch (RuntimeException e) {
            throw new NotSent("The SMTP server did not take it: " + e.getClass().getSimpleName());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (client != null) {
            client.close();
        }
    }
}
