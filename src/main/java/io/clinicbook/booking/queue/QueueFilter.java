package io.clinicbook.booking.queue;

import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.support.Text;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The staff queue's filters; empty ones do not filter. {@code search}: part of a patient's or contact's name or email. */
record QueueFilter(Set<AppointmentStatus> statuses, String practitioner, Instant from, Instant to, String search) {

    public QueueFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidParameter("to", "'to' must be after 'from'.");
        }
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
        practitioner = Text.trimmedOrNull(practitioner);
        search = Text.trimmedOrNull(search);
    }

    /** From query parameters, which carry no patient data (that goes in a search body, not in URLs). */
    static QueueFilter of(List<String> statuses, String practitioner, String from, String to) {
        Set<AppointmentStatus> wanted = EnumSet.noneOf(AppointmentStatus.class);
        for (String status : statuses) {
            wanted.add(status(status));
        }
        return new QueueFilter(wanted, practitioner, instant("from", from), instant("to", to), null);
    }

    /** The JPQL condition (over {@code Appointment}) and its parameters. */
    String where(Parameters parameters) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        if (!statuses.isEmpty()) {
            conditions.add("status in :statuses");
            parameters.and("statuses", statuses);
        }
        if (practitioner != null) {
            conditions.add("practitioner.slug = :practitioner");
            parameters.and("practitioner", practitioner);
        }
        if (from != null) {
            conditions.add("startsAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("startsAt < :to");
            parameters.and("to", to);
        }
        if (search != null) {
            conditions.add("(lower(concat(patient.firstName, ' ', patient.lastName)) like :search escape '!'"
                    + " or lower(concat(contact.firstName, ' ', contact.lastName)) like :search escape '!'"
                    + " or patient.email like :search escape '!' or contact.email like :search escape '!')");
            parameters.and("search", "%" + search.toLowerCase(Locale.ROOT).replaceAll("[!%_]", "!$0") + "%");
        }
        return String.join(" and ", conditions);
    }

    private static AppointmentStatus status(String value) {
        try {
            return AppointmentStatus.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("status", "Unknown status '" + value
                    + "'; use REQUESTED, CONFIRMED, DECLINED, CANCELLED, COMPLETED or NO_SHOW.");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, "'" + name + "' must be ISO-8601 with an offset, such as 2026-11-02T00:00:00-05:00.");
        }
    }

}
