package io.clinicbook.booking.queue;

import io.clinicbook.booking.AppointmentStatus;
import io.clinicbook.support.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff search of the queue. Sent as a body, so that patient names and emails never travel in URLs. */
@Schema(name = "AppointmentSearch")
record AppointmentSearch(
        @Size(max = 254, message = "Please keep the search under 254 characters")
        @Schema(description = "Part of the patient's or contact's name or email", examples = "garcia") String patient,
        @Schema(description = "Only these statuses (one listed twice counts once)", examples = "[\"REQUESTED\"]") List<AppointmentStatus> statuses,
        @Schema(description = "Practitioner slug", examples = "dr-maya-lindqvist") String practitioner,
        @Schema(description = "Visits starting at or after", examples = "2026-11-02T00:00:00-05:00") OffsetDateTime from,
        @Schema(description = "Visits starting before", examples = "2026-11-09T00:00:00-05:00") OffsetDateTime to,
        @Min(value = 0, message = "The page cannot be negative")
        @Max(value = Paging.LAST_PAGE, message = "The page is at most " + Paging.LAST_PAGE)
        @Schema(description = "Zero-based page; default 0", examples = "0") Integer page,
        @Min(value = 1, message = "The page size is at least 1")
        @Max(value = Paging.MAX_SIZE, message = "The page size is at most " + Paging.MAX_SIZE)
        @Schema(description = "Page size; default 20", examples = "20") Integer size) {

    QueueFilter filter() {
        return new QueueFilter(statuses == null ? null : Set.copyOf(statuses), practitioner, from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), patient);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? Paging.DEFAULT_SIZE : size;
    }
}
