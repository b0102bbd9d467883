package io.clinicbook.integration.calendar;

import io.clinicbook.booking.Appointment;
import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.catalog.Practitioner;
import io.quarkus.panache.common.Parameters;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The visits a practitioner's feed lists: those starting within the configured days around now, with
 * cancelled and declined ones only while they are recent enough for subscribed calendars to drop them.
 */
record FeedWindow(Instant from, Instant until, Instant cancelledSince) {

    private static final Set<AppointmentStatus> CALLED_OFF = EnumSet.of(AppointmentStatus.CANCELLED, AppointmentStatus.DECLINED);

    static FeedWindow around(Instant now, CalendarConfig config) {
        return new FeedWindow(now.minus(Duration.ofDays(config.feedDaysBack())), now.plus(Duration.ofDays(config.feedDaysAhead())),
                now.minus(config.feedKeepsCancelled()));
    }

    /** One query on the (practitioner, start) index, with each visit's service fetched alongside. */
    List<Appointment> appointments(Practitioner practitioner) {
        return Appointment.find("""
                        from Appointment a join fetch a.service
                        where a.practitioner = :practitioner and a.startsAt >= :from and a.startsAt < :until
                          and (a.status not in :calledOff or a.updatedAt >= :cancelledSince)
                        order by a.startsAt, a.id""",
                Parameters.with("practitioner", practitioner).and("from", from).and("until", until)
                        .and("calledOff", CALLED_OFF).and("cancelledSince", cancelledSince)).list();
    }
}
