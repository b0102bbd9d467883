package io.clinicbook.faq;

import io.clinicbook.i18n.LocaleChoice;
import io.clinicbook.i18n.SupportedLocale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An FAQ category in one locale. */
@Schema(name = "FaqCategory")
record FaqCategoryView(
        @Schema(examples = "your-visits") String slug,
        @Schema(examples = "Your first visit") String name,
        @Schema(description = "The locale asked for.") SupportedLocale locale) {

    static FaqCategoryView of(FaqCategory c, LocaleChoice locale) {
        return new FaqCategoryView(c.slug, locale.of(c.name), locale.wanted());
    }
}
