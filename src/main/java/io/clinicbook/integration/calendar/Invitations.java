package io.clinicbook.integration.calendar;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.Person;
import io.clinicbook.clinic.Clinic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * iTIP (RFC 5546) invitations for the patient's emails, as {@code text/calendar} bodies: the clinic
 * organises, the patient (or the contact who booked) attends. Call inside the transaction of the change,
 * or in a later one with the appointment loaded; the UID is the one of the patient's {@code .ics}
 * download, so an invitation updates the event the patient may already have.
 */
@ApplicationScoped
public class Invitations {

    /** The MIME type of a {@link #request} attachment (iTIP wants the method in it too). */
    public static final String REQUEST_MEDIA_TYPE = IcsDocument.MEDIA_TYPE + "; charset=UTF-8; method=REQUEST";
    /** The MIME type of a {@link #cancel} attachment. */
    public static final String CANCEL_MEDIA_TYPE = IcsDocument.MEDIA_TYPE + "; charset=UTF-8; method=CANCEL";

    /** The MIME type of a {@link #plan} attachment: every visit of a care plan, to import at once. */
    public static final String PUBLISH_MEDIA_TYPE = IcsDocument.MEDIA_TYPE + "; charset=UTF-8; method=PUBLISH";

    @Inject
    CalendarConfig config;
    @Inject
    Clock clock;

    /** METHOD:REQUEST, for a new visit and for every change of it (confirmed, moved): SEQUENCE has grown. */
    public String request(Appointment appointment) {
        return invitation(appointment, ImmutableMethod.REQUEST, null);
    }

    /** METHOD:CANCEL with STATUS:CANCELLED, for a cancelled or declined visit: its SEQUENCE is above the last REQUEST's. */
    public String cancel(Appointment appointment) {
        return invitation(appointment, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED);
    }

    /**
     * METHOD:PUBLISH with one VEVENT per visit of a care plan, each with its appointment's UID (the one of its own
     * {@code .ics} and of its later invitations, so a move or cancellation updates the imported event). PUBLISH,
     * since iTIP's REQUEST carries one UID per object.
     */
    public String plan(List<Appointment> visits) {
        Clinic clinic = Clinic.current();
        Instant now = clock.instant();
        return IcsDocument.write(clinic.zone(), ImmutableMethod.PUBLISH, null,
                visits.stream().map(visit -> VisitEvent.forPatient(visit, clinic, config.uidDomain(), now)).toList());
    }

    private String invitation(Appointment appointment, Method method, Status status) {
        flushPendingChange(appointment);
        Clinic clinic = Clinic.current();
        VEvent event = VisitEvent.forPatient(appointment, clinic, config.uidDomain(), clock.instant());
        if (status != null) {
            event.replace(status);
        }
        event.add(new Organizer(mailto(clinic.email)).add(new Cn(clinic.name)));
        Person invited = appointment.contact != null ? appointment.contact : appointment.patient;
        if (invited == null || invited.email == null) {
            throw new IllegalArgumentException("Appointment " + appointment.reference + " has no email address to invite");
        }
        event.add(new Attendee(mailto(invited.email)).add(new Cn(invited.firstName + " " + invited.lastName))
                .add(Role.REQ_PARTICIPANT).add(new Rsvp(false)));
        return IcsDocument.write(clinic.zone(), method, null, List.of(event));
    }

    /**
     * SEQUENCE is the row's version, which Hibernate raises when it writes the row: a change made in the
     * caller's transaction is written first, so that the invitation carries the new number.
     */
    private static void flushPendingChange(Appointment appointment) {
        EntityManager entityManager = Appointment.getEntityManager();
        if (entityManager.isJoinedToTransaction() && entityManager.contains(appointment)) {
            entityManager.flush();
        }
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an email address for a calendar invitation", e);
        }
    }
}
