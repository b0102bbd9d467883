package io.clinicbook.faq;

import io.clinicbook.i18n.LocalizedText;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An FAQ entry as staff see it: every locale, published or not. */
@Schema(name = "FaqEntryAdmin")
public record FaqEntryAdminView(
        @Schema(examples = "12") long id,
        @Schema(examples = "your-visits") String category,
        LocalizedText question,
        LocalizedText answer,
        @Schema(examples = "[\"first-visit\"]") List<String> tags,
        @Schema(examples = "true") boolean published,
        @Schema(description = "Place within the category; change it with the category's order.", examples = "3") int position,
        @Schema(description = "When staff last changed the entry.", examples = "2026-03-02T15:04:05Z") Instant updatedAt) {

    static FaqEntryAdminView of(FaqEntry e) {
        return new FaqEntryAdminView(e.id, e.category.slug, e.question, e.answer, e.tagList(), e.published, e.position,
                e.updatedAt);
    }
}
