package io.clinicbook.i18n;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text the clinic publishes in English and Spanish. English is required; a missing translation
 * falls back to the clinic's default locale, then to English.
 */
@Embeddable
@Schema(description = "A text in each supported locale; `en` is required, `es` optional.")
public class LocalizedText {

    @NotBlank(message = "Please give the English text")
    @Size(max = 4000, message = "Please keep the text under 4000 characters")
    @Schema(examples = "Follow-up adjustment")
    public String en;

    @Size(max = 4000, message = "Please keep the text under 4000 characters")
    @Schema(examples = "Ajuste de seguimiento")
    public String es;

    public LocalizedText() {
    }

    public LocalizedText(String en, String es) {
        this.en = en;
        this.es = es;
    }

    /** The text in {@code locale}, else in {@code fallback}, else English. */
    public String in(SupportedLocale locale, SupportedLocale fallback) {
        String text = get(locale);
        if (text == null || text.isBlank()) {
            text = get(fallback);
        }
        return text == null || text.isBlank() ? en : text;
    }

    private String get(SupportedLocale locale) {
        return switch (locale) {
            case en -> en;
            case es -> es;
        };
    }
}
