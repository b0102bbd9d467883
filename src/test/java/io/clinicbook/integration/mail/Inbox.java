package io.clinicbook.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the test SMTP server received, read as a patient's or the clinic's mail client would. */
final class Inbox {

    /**
     * The dispatcher works through the whole suite's mails in order, so a mail may wait behind many, and behind
     * a send that waits out clinic.mail.send-timeout (60 s): CI saw the email lane stand still that long twice,
     * a mail arriving 61 s after its booking (see SmtpSender).
     */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private Inbox() {
    }

    /** The first mail to this address about this appointment whose subject starts so, once it has come. */
    static MimeMessage awaitMail(String to, String reference, String subjectStart) {
        await().atMost(PATIENCE).until(() -> !mails(to, reference, subjectStart).isEmpty());
        return mails(to, reference, subjectStart).get(0);
    }

    /** The mails to this address about this appointment whose subject starts so, in arrival order. */
    static List<MimeMessage> mails(String to, String reference, String subjectStart) {
        return Arrays.stream(SmtpServer.greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains(to) && subject(m).startsWith(subjectStart) && mentions(m, reference))
                .toList();
    }

    /** Whether the decoded plain text names the reference (a raw quoted-printable or base64 body need not hold it as written). */
    private static boolean mentions(MimeMessage m, String reference) {
        try {
            String text = find(m.getContent(), "text/plain");
            return text != null && text.contains(reference);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> recipients(MimeMessage m) {
        try {
            Address[] all = m.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attached invitation.ics, whose MIME type names its iTIP method. */
    static String invitation(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if ("invitation.ics".equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar").contains("method=");
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No invitation.ics attached");
    }

    /** The first part of this type, searched through nested multiparts. */
    static String part(MimeMessage message, String type) throws Exception {
        String found = find(message.getContent(), type);
        assertThat(found).as("a %s part", type).isNotNull();
        return found;
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type) && part.getFileName() == null) {
                    return part.getContent().toString();
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
