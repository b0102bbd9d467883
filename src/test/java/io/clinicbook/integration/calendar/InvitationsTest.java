package io.clinicbook.integration.calendar;

import static io.clinicbook.integration.calendar.CalendarFixtures.at;
import static io.clinicbook.integration.calendar.CalendarFixtures.withAppointment;
import static io.clinicbook.integration.calendar.Ics.parameter;
import static io.clinicbook.integration.calendar.Ics.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.TestClock;
import io.clinicbook.booking.BookingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationsTest {

    @Inject
    TestClock clock;
    @Inject
    Invitations invitations;

    String service;
    String dr;

    @BeforeEach
    void standOnAMarchMorning() {
        clock.setInstant(Instant.parse("2026-03-02T12:00:00Z"));
        String[] practitioner = CalendarFixtures.practitioner();
        service = practitioner[0];
        dr = practitioner[1];
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private VEvent request(String reference) {
        Ics ics = Ics.parse(withAppointment(reference, invitations::request));
        assertThat(ics.calendarProperty("METHOD")).isEqualTo("REQUEST");
        return ics.onlyEvent();
    }

    @Test
    void aRescheduleKeepsTheUidAndRaisesTheSequence() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 5, 9, 0));
        VEvent first = request(booked[0]);

        CalendarFixtures.reschedule(booked, at(3, 6, 10, 0));
        VEvent moved = request(booked[0]);

        assertThat(property(moved, "UID")).isEqualTo(property(first, "UID")).isEqualTo(booked[0] + "@appointments.clinicbook.io");
        assertThat(Integer.parseInt(property(moved, "SEQUENCE"))).isGreaterThan(Integer.parseInt(property(first, "SEQUENCE")));
        assertThat(property(moved, "DTSTART")).isEqualTo("20260306T100000");
        assertThat(property(moved, "STATUS")).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancellationIsMethodCancelWithAHigherSequence() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 5, 11, 0));
        VEvent requested = request(booked[0]);

        CalendarFixtures.cancel(booked);
        Ics cancelled = Ics.parse(withAppointment(booked[0], invitations::cancel));

        assertThat(cancelled.calendarProperty("METHOD")).isEqualTo("CANCEL");
        VEvent event = cancelled.onlyEvent();
        assertThat(property(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(event, "UID")).isEqualTo(property(requested, "UID"));
        assertThat(Integer.parseInt(property(event, "SEQUENCE"))).isGreaterThan(Integer.parseInt(property(requested, "SEQUENCE")));
    }

    @Test
    void theClinicOrganisesAndThePatientAttends() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 5, 13, 0));
        String email = withAppointment(booked[0], a -> a.patient.email);

        VEvent event = request(booked[0]);

        assertThat(property(event, "ORGANIZER")).isEqualTo("mailto:frontdesk@example.org");
        assertThat(parameter(event, "ORGANIZER", "CN")).contains("CN=");
        assertThat(property(event, "ATTENDEE")).isEqualTo("mailto:" + email);
        assertThat(property(event, "DTSTAMP")).isEqualTo("20260302T120000Z");
    }

    @Test
    void aChangeNotYetWrittenStillRaisesTheSequence() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 5, 15, 0));
        int before = Integer.parseInt(property(request(booked[0]), "SEQUENCE"));

        String invitation = withAppointment(booked[0], appointment -> {
            appointment.status = io.clinicbook.booking.AppointmentStatus.CANCELLED;
            return invitations.cancel(appointment);
        });

        assertThat(Integer.parseInt(property(Ics.parse(invitation).onlyEvent(), "SEQUENCE"))).isEqualTo(before + 1);
    }

    @Test
    void springForwardDayKeepsTheClinicsLocalTimeAndZone() {
        String[] booked = BookingFixtures.book(service, dr, at(3, 8, 9, 0));

        Ics ics = Ics.parse(withAppointment(booked[0], invitations::request));
        VEvent event = ics.onlyEvent();

        assertThat(property(event, "DTSTART")).isEqualTo("20260308T090000");
        assertThat(parameter(event, "DTSTART", "TZID")).isEqualTo("TZID=America/New_York");
        assertThat(property(event, "DTEND")).isEqualTo("20260308T093000");
        assertThat(ics.calendar().getComponents("VTIMEZONE")).hasSize(1);
        assertThat(OffsetDateTime.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(at(3, 8, 9, 0));
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
    }

    @Test
    void fallBackDayKeepsTheClinicsLocalTimeAndZone() {
        clock.setInstant(Instant.parse("2026-10-26T12:00:00Z"));
        String[] booked = BookingFixtures.book(service, dr, at(11, 1, 9, 0));

        VEvent event = request(booked[0]);

        assertThat(property(event, "DTSTART")).isEqualTo("20261101T090000");
        assertThat(parameter(event, "DTSTART", "TZID")).isEqualTo("TZID=America/New_York");
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(Instant.parse("2026-11-01T14:00:00Z"));
    }
}
