package io.clinicbook.faq;

import io.clinicbook.i18n.LocaleChoice;
import io.clinicbook.i18n.SupportedLocale;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published FAQ entry in one locale. */
@Schema(name = "Faq")
record FaqView(
        @Schema(examples = "12") long id,
        @Schema(description = "The category's slug.", examples = "your-visits") String category,
        @Schema(examples = "What should I wear?") String question,
        @Schema(description = "Plain text, never HTML: show it as text; a blank line separates paragraphs.",
                examples = "Comfortable clothes you can lie down in.\n\nYou stay dressed throughout.") String answer,
        @Schema(examples = "[\"first-visit\"]") List<String> tags,
        @Schema(description = "When the clinic last changed the entry.", examples = "2026-03-02T15:04:05Z") Instant updatedAt,
        @Schema(description = "The locale asked for; a missing translation is given in the clinic's default.") SupportedLocale locale) {

    static FaqView of(FaqEntry e, LocaleChoice locale) {
        return new FaqView(e.id, e.category.slug, locale.of(e.question), locale.of(e.answer), e.tagList(), e.updatedAt,
                locale.wanted());
    }
}
