package io.clinicbook.integration.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.booking.Person;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.integration.outbox.Channel;
import io.clinicbook.integration.outbox.NewMessage;
import io.clinicbook.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/**
 * Turns appointment changes into webhook messages, one per interested subscription, inside the
 * transaction of the change: a change that rolls back sends nothing. The body is frozen here, so
 * every retry sends the same bytes.
 */
@ApplicationScoped
class WebhookEvents {

    @Inject
    Outbox outbox;
    @Inject
    ObjectMapper json;

    void onChange(@Observes AppointmentChanged change) {
        List<EventType> types = EventType.of(change);
        List<WebhookSubscription> subscriptions = types.isEmpty() ? List.of() : WebhookSubscription.active();
        if (subscriptions.isEmpty()) {
            return;
        }
        Appointment appointment = Appointment.findById(change.appointmentId());
        ZoneId zone = Clinic.current().zone();
        for (EventType type : types) {
            for (WebhookSubscription subscription : subscriptions) {
                if (subscription.wants(type)) {
                    String body = body(new WebhookEvent(type.wire, change.at(), data(appointment, change, zone, subscription.includeContactFields)));
                    outbox.add(new NewMessage(Channel.WEBHOOK, "webhook:" + subscription.id + ":" + appointment.id, type.wire,
                            appointment.id, appointment.reference, subscription.id, body, null), change.at());
                }
            }
        }
    }

    private static WebhookEvent.Data data(Appointment a, AppointmentChanged change, ZoneId zone, boolean withPeople) {
        WebhookEvent.Visit visit = new WebhookEvent.Visit(a.reference, a.status.name(), change.from() == null ? null : change.from().name(),
                a.service.slug, a.practitioner.slug, a.startsAt.atZone(zone).toOffsetDateTime(), a.endsAt.atZone(zone).toOffsetDateTime(),
                a.newPatient, a.locale == null ? null : a.locale.name());
        WebhookEvent.People people = withPeople && a.patient != null
                ? new WebhookEvent.People(person(a.patient, null), a.contact == null ? null : person(a.contact, a.contactRelationship))
                : null;
        return new WebhookEvent.Data(WebhookEvent.SCHEMA_VERSION, visit, people);
    }

    private static WebhookEvent.Person person(Person p, String relationship) {
        return new WebhookEvent.Person(p.firstName, p.lastName, p.email, p.phone, relationship);
    }

    private String body(WebhookEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook event always serializes", e);
        }
    }
}
