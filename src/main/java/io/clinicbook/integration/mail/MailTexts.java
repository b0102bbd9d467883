package io.clinicbook.integration.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the emails in English; {@code messages/mail_es.properties} has them in Spanish. */
@MessageBundle(value = "mail", locale = "en")
interface MailTexts {

    @Message("We received your request: {service}, {when}")
    String requestedSubject(String service, String when);

    @Message("Thank you for your request. The clinic will confirm it shortly; until then the time is kept for you.")
    String requestedIntro();

    @Message("Your visit is confirmed: {service}, {when}")
    String confirmedSubject(String service, String when);

    @Message("Your visit is confirmed. We look forward to seeing you.")
    String confirmedIntro();

    @Message("We could not confirm your request for {when}")
    String declinedSubject(String when);

    @Message("We are sorry: the clinic could not confirm this visit. Please call us or book another time.")
    String declinedIntro();

    @Message("Your visit is cancelled: {when}")
    String cancelledSubject(String when);

    @Message("This visit is cancelled. You are welcome to book another time.")
    String cancelledIntro();

    @Message("Your visit has moved: {service}, {when}")
    String rescheduledSubject(String service, String when);

    @Message("Your visit is now at the time below.")
    String rescheduledIntro();

    @Message("Reminder: {service}, {when}")
    String reminderSubject(String service, String when);

    @Message("A reminder of your visit.")
    String reminderIntro();

    @Message("Your care plan is booked: {count} visits of {service} from {when}")
    String planSubject(int count, String service, String when);

    @Message("Your care plan is booked. Your visits: {visits}. The attached calendar file holds them all; each visit can be moved or cancelled on its own with the plan's manage code.")
    String planIntro(String visits);

    @Message("A time you were waiting for is free: {service}, {when}")
    String offerSubject(String service, String when);

    @Message("A time you were waiting for has become free. It is held for you alone until {until}; after that it goes to the next patient waiting.")
    String offerIntro(String until);

    @Message("Book it or let it go with one click. If you cannot come, please decline it, so that the next patient can have it.")
    String offerAnswer();

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Service")
    String service();

    @Message("Practitioner")
    String practitioner();

    @Message("When")
    String when();

    @Message("Your time")
    String yourTime();

    @Message("Reference")
    String reference();

    @Message("To view, change or cancel your visit, open {link} and enter the manage code you were given when you booked.")
    String manage(String link);

    @Message("The attached invitation adds the visit to your calendar.")
    String invitation();

    @Message("Questions? Call us at {phone}.")
    String call(String phone);
}
