package io.clinicbook.integration.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentChanged;
import io.clinicbook.booking.Person;
import io.clinicbook.booking.plan.CarePlan;
import io.clinicbook.booking.plan.CarePlanChanged;
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
        Appointment appointment = Appointment.findById(change.appointmentId()); // in the persistence context: no statement
        List<EventType> types = EventType.of(change, appointment.carePlanId != null);
        List<WebhookSubscription> subscriptions = types.isEmpty() ? List.of() : WebhookSubscription.active();
        if (subscriptions.isEmpty()) {
            return;
        }
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

    /** One event for a whole care plan, with every visit, sent in the order of its first visit's events. */
    void onPlan(@Observes CarePlanChanged change) {
        EventType type = change.change() == CarePlanChanged.Change.BOOKED ? EventType.CARE_PLAN_BOOKED : EventType.CARE_PLAN_CANCELLED;
        List<WebhookSubscription> subscriptions = WebhookSubscription.active().stream().filter(s -> s.wants(type)).toList();
        if (subscriptions.isEmpty()) {
            return;
        }
        CarePlan plan = CarePlan.findById(change.planId());
        List<Appointment> visits = Appointment.ofPlan(plan.id);
        ZoneId zone = Clinic.current().zone();
        WebhookEvent.Plan data = new WebhookEvent.Plan(plan.reference, plan.status.name(), plan.service.slug, plan.cancelledFrom,
                visits.stream().map(v -> visit(v, null, zone)).toList());
        Appointment first = visits.get(0);
        for (WebhookSubscription subscription : subscriptions) {
            WebhookEvent.People people = subscription.includeContactFields ? people(first) : null;
            String body = body(new WebhookEvent(type.wire, change.at(), new WebhookEvent.Data(WebhookEvent.SCHEMA_VERSION, null, people, data)));
            outbox.add(new NewMessage(Channel.WEBHOOK, "webhook:" + subscription.id + ":" + first.id, type.wire,
                    first.id, first.reference, subscription.id, body, null), change.at());
        }
    }

    private static WebhookEvent.Visit visit(Appointment a, AppointmentChanged change, ZoneId zone) {
        return new WebhookEvent.Visit(a.reference, a.status.name(), change == null || change.from() == null ? null : change.from().name(),
                a.service.slug, a.practitioner.slug, a.startsAt.atZone(zone).toOffsetDateTime(), a.endsAt.atZone(zone).toOffsetDateTime(),
                a.newPatient, a.locale == null ? null : a.locale.name());
    }

    private static WebhookEvent.People people(Appointment a) {
        return a.patient == null ? null
                : new WebhookEvent.People(person(a.patient, null), a.contact == null ? null : person(a.contact, a.contactRelationship));
    }

    private static WebhookEvent.Data data(Appointment a, AppointmentChanged change, ZoneId zone, boolean withPeople) {
        return new WebhookEvent.Data(WebhookEvent.SCHEMA_VERSION, visit(a, change, zone), withPeople ? people(a) : null, null);
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
