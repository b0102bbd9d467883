package io.clinicbook.integration.mail;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.waitlist.OfferLetter;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.i18n.SupportedLocale;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes an email from the appointment as it is now, in the patient's language, with the times in the
 * clinic's zone. Qute escapes every value in the HTML part, patient-supplied text included.
 */
@ApplicationScoped
class Letters {

    @Inject
    @Location("mail/patient.txt")
    Template patientText;
    @Inject
    @Location("mail/patient.html")
    Template patientHtml;
    @Inject
    @Location("mail/staff.txt")
    Template staffText;
    @Inject
    @Location("mail/staff.html")
    Template staffHtml;
    @Inject
    @Location("mail/offer.txt")
    Template offerText;
    @Inject
    @Location("mail/offer.html")
    Template offerHtml;
    @Inject
    PublicSite site;
    @Inject
    InvitationWriter invitations;

    /** The email, or empty when it has nobody to go to (erased, or no address). */
    Optional<Letter> write(Appointment appointment, MailKind kind) {
        Clinic clinic = Clinic.current();
        SupportedLocale locale = kind.toPatient && appointment.locale != null ? appointment.locale : clinic.defaultLocale;
        String when = when(appointment.startsAt.atZone(clinic.zone()), locale);
        String service = appointment.service.name.in(locale, clinic.defaultLocale);
        String practitioner = appointment.practitioner.displayName;
        if (!kind.toPatient) {
            return Recipients.mailable(clinic.email).filter(a -> appointment.patient != null).map(to -> staffLetter(to, appointment, when, service, practitioner));
        }
        Optional<String> to = Recipients.patientOf(appointment);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        MailTexts t = MessageBundles.get(MailTexts.class, Localized.Literal.of(locale.name()));
        List<Appointment> plan = kind == MailKind.PLAN_BOOKED ? Appointment.ofPlan(appointment.carePlanId) : List.of();
        String subject = switch (kind) {
            case PLAN_BOOKED -> t.planSubject(plan.size(), service, when);
            case REQUESTED -> t.requestedSubject(service, when);
            case CONFIRMED -> t.confirmedSubject(service, when);
            case DECLINED -> t.declinedSubject(when);
            case CANCELLED -> t.cancelledSubject(when);
            case RESCHEDULED -> t.rescheduledSubject(service, when);
            case REMINDER -> t.reminderSubject(service, when);
            case NEW_REQUEST -> throw new IllegalArgumentException("A staff email");
            case WAITLIST_OFFER -> throw new IllegalArgumentException("An offer's email: see offer()");
        };
        String intro = switch (kind) {
            case PLAN_BOOKED -> t.planIntro(plan.stream().map(v -> when(v.startsAt.atZone(clinic.zone()), locale)).collect(Collectors.joining("; ")));
            case REQUESTED -> t.requestedIntro();
            case CONFIRMED -> t.confirmedIntro();
            case DECLINED -> t.declinedIntro();
            case CANCELLED -> t.cancelledIntro();
            case RESCHEDULED -> t.rescheduledIntro();
            case REMINDER -> t.reminderIntro();
            case NEW_REQUEST -> throw new IllegalArgumentException("A staff email");
            case WAITLIST_OFFER -> throw new IllegalArgumentException("An offer's email: see offer()");
        };
        Letter.Invitation invitation = invitations.of(appointment, kind);
        String name = appointment.contact != null ? appointment.contact.firstName : appointment.patient.firstName;
        // The manage token is not in the database (only its hash), so the link opens the manage page at the
        // reference and the patient enters the code from the booking confirmation.
        String link = site.publicUrl().replaceAll("/+$", "") + "/manage#reference=" + appointment.reference;
        TemplateInstance text = fill(patientText.instance(), t, locale, name, intro, service, practitioner, when, appointment, link, invitation, clinic);
        TemplateInstance html = fill(patientHtml.instance(), t, locale, name, intro, service, practitioner, when, appointment, link, invitation, clinic);
        return Optional.of(new Letter(to.get(), subject, text.render(), html.render(), invitation));
    }

    /**
     * The email of a waitlist offer: the time, until when it is held, and the link that accepts or declines it, with the
     * offer's token in the fragment (never sent to a server in a request line, never in a log).
     */
    Optional<Letter> offer(OfferLetter offer, String token) {
        Optional<String> to = Recipients.mailable(offer.email());
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Clinic clinic = Clinic.current();
        SupportedLocale locale = offer.locale() != null ? offer.locale() : clinic.defaultLocale;
        MailTexts t = MessageBundles.get(MailTexts.class, Localized.Literal.of(locale.name()));
        String when = when(offer.start().atZone(clinic.zone()), locale);
        String service = offer.service().name.in(locale, clinic.defaultLocale);
        String link = site.publicUrl().replaceAll("/+$", "") + "/waitlist#offer=" + token;
        String[] rendered = new String[2];
        int i = 0;
        for (Template template : new Template[] {offerText, offerHtml}) {
            rendered[i++] = template.data("t", t).data("lang", locale.name()).data("greeting", t.greeting(offer.firstName()))
                    .data("intro", t.offerIntro(when(offer.holdUntil().atZone(clinic.zone()), locale))).data("service", service)
                    .data("practitioner", offer.practitioner()).data("when", when).data("reference", offer.entryReference())
                    .data("link", link).data("answer", t.offerAnswer()).data("call", t.call(clinic.phone)).data("clinic", clinic.name).render();
        }
        return Optional.of(new Letter(to.get(), t.offerSubject(service, when), rendered[0], rendered[1], null));
    }

    private static TemplateInstance fill(TemplateInstance template, MailTexts t, SupportedLocale locale, String name, String intro,
                                         String service, String practitioner, String when, Appointment appointment, String link,
                                         Letter.Invitation invitation, Clinic clinic) {
        return template.data("t", t).data("lang", locale.name()).data("greeting", t.greeting(name)).data("intro", intro)
                .data("service", service).data("practitioner", practitioner).data("when", when)
                .data("patientWhen", patientWhen(appointment, clinic, locale))
                .data("reference", appointment.reference).data("manage", t.manage(link)).data("invitation", invitation != null)
                .data("call", t.call(clinic.phone)).data("clinic", clinic.name);
    }

    private Letter staffLetter(String to, Appointment a, String when, String service, String practitioner) {
        String patient = a.patient.firstName + " " + a.patient.lastName;
        String contact = a.contact == null ? null
                : a.contact.firstName + " " + a.contact.lastName + (a.contactRelationship == null ? "" : " (" + a.contactRelationship + ")");
        var person = a.contact != null ? a.contact : a.patient;
        String subject = "New appointment request " + a.reference + ": " + service + ", " + when;
        String status = a.status == AppointmentStatus.CONFIRMED ? "Confirmed at once (the clinic's setting)" : "Waiting for confirmation";
        String[] rendered = new String[2];
        int i = 0;
        for (Template template : new Template[] {staffText, staffHtml}) {
            rendered[i++] = template.data("reference", a.reference).data("service", service).data("practitioner", practitioner)
                    .data("when", when).data("status", status).data("patient", patient).data("newPatient", a.newPatient)
                    .data("contact", contact).data("email", orDash(person.email)).data("phone", orDash(person.phone))
                    .data("reason", orDash(a.reason)).render();
        }
        return new Letter(to, subject, rendered[0], rendered[1], null);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    /** The start in the patient's zone, when they gave one other than the clinic's; otherwise null. */
    static String patientWhen(Appointment appointment, Clinic clinic, SupportedLocale locale) {
        if (appointment.patientTimeZone == null || !ZoneId.getAvailableZoneIds().contains(appointment.patientTimeZone)) {
            return null;
        }
        ZoneId zone = ZoneId.of(appointment.patientTimeZone);
        ZonedDateTime there = appointment.startsAt.atZone(zone);
        ZonedDateTime here = appointment.startsAt.atZone(clinic.zone());
        return zone.equals(clinic.zone()) || there.toLocalDateTime().equals(here.toLocalDateTime()) ? null : when(there, locale);
    }

    /** "Tuesday, December 8, 2026, 10:00 AM (America/New_York)", in the letter's language. */
    static String when(ZonedDateTime start, SupportedLocale locale) {
        Locale language = Locale.forLanguageTag(locale.name());
        return start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language)) + ", "
                + start.format(DateTimeFormatter.ofPattern("HH:mm", language)) + " (" + start.getZone().getId() + ")";
    }
}
