package io.clinicbook.availability.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One clinic-local day of a search: its slots in order of start, or why it has none. */
@Schema(name = "SlotDay")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlotDay(
        @Schema(description = "Clinic-local date", examples = "2026-11-02") LocalDate date,
        @Schema(description = "Bookable slots, earliest first") List<Slot> slots,
        @Schema(description = "Present only when there are no slots") NoSlotsReason reason) {

    public static SlotDay without(LocalDate date, NoSlotsReason reason) {
        return new SlotDay(date, List.of(), reason);
    }
}
