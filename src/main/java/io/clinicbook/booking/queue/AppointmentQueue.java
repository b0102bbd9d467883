package io.clinicbook.booking.queue;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentEvent;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.booking.Lifecycle;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import io.clinicbook.support.Text;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The clinic's work on appointments: the queue, the lifecycle moves staff make, the history. */
@ApplicationScoped
@Transactional
class AppointmentQueue {

    @Inject
    Clock clock;
    @Inject
    Lifecycle lifecycle;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AppointmentPage list(QueueFilter filter, int page, int size) {
        Parameters parameters = new Parameters();
        PanacheQuery<Appointment> query = Appointment.find(filter.where(parameters),
                Sort.by("startsAt").and("id"), parameters).page(page, size);
        ZoneId zone = Clinic.current().zone();
        List<StaffAppointmentView> items = query.<Appointment>list().stream().map(a -> StaffAppointmentView.of(a, zone)).toList();
        return new AppointmentPage(items, page, size, query.count(), query.pageCount());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffAppointmentView get(String reference) {
        return StaffAppointmentView.of(find(reference), Clinic.current().zone());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(String reference) {
        ZoneId zone = Clinic.current().zone();
        return AppointmentEvent.of(find(reference)).stream().map(e -> HistoryEntry.of(e, zone)).toList();
    }

    /** Moves the appointment along its lifecycle for a staff member; illegal moves are 409. */
    public StaffAppointmentView move(String reference, AppointmentStatus to, String staff, String givenReason) {
        String reason = Text.trimmedOrNull(givenReason);
        Appointment appointment = Appointment.lockByReference(reference).orElseThrow(() -> notFound(reference));
        Instant now = clock.instant();
        if (to == AppointmentStatus.DECLINED && reason == null) {
            throw new InvalidParameter("reason", "Please give the reason for declining; the patient may be told it.");
        }
        boolean afterTheVisit = to == AppointmentStatus.COMPLETED || to == AppointmentStatus.NO_SHOW;
        if (afterTheVisit && appointment.status.canBecome(to) && now.isBefore(appointment.startsAt)) {
            throw new Conflict("visit-not-started", "A visit can be marked completed or no-show only once it has started.");
        }
        lifecycle.move(appointment, to, staff, reason, now);
        return StaffAppointmentView.of(appointment, Clinic.current().zone());
    }

    private static Appointment find(String reference) {
        return Appointment.findByReference(reference).orElseThrow(() -> notFound(reference));
    }

    private static NotFound notFound(String reference) {
        return new NotFound("There is no appointment '" + reference + "'.");
    }
}
