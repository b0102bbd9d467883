package io.clinicbook.faq;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clinicbook.i18n.LocaleChoice;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The published FAQ as schema.org {@code FAQPage} structured data, for the clinic's page to embed in a
 * {@code <script type="application/ld+json">} element. Questions and answers are carried as the plain text
 * staff wrote; nothing is turned into HTML.
 */
@Schema(name = "FaqPage", description = "schema.org FAQPage (JSON-LD) of the published FAQ in one locale.")
record FaqPage(
        @JsonProperty("@context") @Schema(examples = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(examples = "FAQPage") String type,
        @Schema(examples = "en") String inLanguage,
        List<Question> mainEntity) {

    @Schema(name = "FaqPageQuestion")
    public record Question(
            @JsonProperty("@type") @Schema(examples = "Question") String type,
            @Schema(examples = "What should I wear?") String name,
            Answer acceptedAnswer) {
    }

    @Schema(name = "FaqPageAnswer")
    public record Answer(
            @JsonProperty("@type") @Schema(examples = "Answer") String type,
            @Schema(description = "Plain text; a blank line separates paragraphs.",
                    examples = "Comfortable clothes you can lie down in.") String text) {
    }

    static FaqPage of(List<FaqEntry> entries, LocaleChoice locale) {
        List<Question> questions = entries.stream()
                .map(e -> new Question("Question", locale.of(e.question), new Answer("Answer", locale.of(e.answer))))
                .toList();
        return new FaqPage("https://schema.org", "FAQPage", locale.wanted().name(), questions);
    }
}
