package io.clinicbook.faq;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New orders for the FAQ: each names every member of what it orders exactly once, first to last. */
final class FaqOrder {

    private FaqOrder() {
    }

    /** A category's entries, by id. */
    @Schema(name = "FaqEntryOrder")
    public record Entries(
            @NotNull(message = "Please list the ids of the category's entries in their new order")
            @Size(max = 1000, message = "Please send at most 1000 ids")
            @Schema(examples = "[14, 12, 13]") List<@NotNull(message = "An id cannot be empty") Long> entryIds) {
    }

    /** The categories, by slug. */
    @Schema(name = "FaqCategoryOrder")
    public record Categories(
            @NotNull(message = "Please list the slugs of all categories in their new order")
            @Size(max = 1000, message = "Please send at most 1000 slugs")
            @Schema(examples = "[\"about-sot\", \"your-visits\", \"booking\"]")
            List<@NotNull(message = "A slug cannot be empty") String> categories) {
    }
}
