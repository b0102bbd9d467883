package io.clinicbook.booking.queue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the staff queue. */
@Schema(name = "AppointmentPage")
record AppointmentPage(
        List<StaffAppointmentView> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(description = "Matching appointments on all pages", examples = "57") long totalItems,
        @Schema(examples = "3") int totalPages) {
}
