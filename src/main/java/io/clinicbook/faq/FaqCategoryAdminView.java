package io.clinicbook.faq;

import io.clinicbook.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An FAQ category as staff see it. */
@Schema(name = "FaqCategoryAdmin")
public record FaqCategoryAdminView(
        @Schema(examples = "your-visits") String slug,
        LocalizedText name,
        @Schema(description = "Place among the categories; change it with the categories' order.", examples = "1") int position,
        @Schema(description = "How many entries it holds, published or not.", examples = "4") long entries) {

    static FaqCategoryAdminView of(FaqCategory c, long entries) {
        return new FaqCategoryAdminView(c.slug, c.name, c.position, entries);
    }
}
