package io.clinicbook.faq;

import io.clinicbook.i18n.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An FAQ entry as staff write it. The answer is plain text; separate paragraphs with a blank line. */
public record FaqEntryDefinition(
        @NotBlank(message = "Please give the category (its slug)")
        @Schema(examples = "your-visits") String category,
        @NotNull(message = "Please give the question")
        @Valid @TextLimit(max = 300, message = "Please keep the question under 300 characters")
        @Schema(description = "The question; `en` is required.") LocalizedText question,
        @NotNull(message = "Please give the answer")
        @Valid
        @Schema(description = "Plain text, never HTML; paragraphs are separated by a blank line.") LocalizedText answer,
        @Size(max = 10, message = "Please use at most 10 tags")
        @Schema(description = "Lower-case words joined by dashes; at most 10.", examples = "[\"first-visit\", \"blocks\"]")
        List<@NotNull(message = "A tag cannot be empty")
             @Size(max = 30, message = "A tag has at most 30 characters")
             @Pattern(regexp = "[\\p{Ll}\\p{N}]+(-[\\p{Ll}\\p{N}]+)*",
                      message = "A tag is lower-case words joined by dashes, such as first-visit") String> tags,
        @Schema(description = "Whether the public sees it.", examples = "true") boolean published) {

    /** The tags as given; none when the field was left out. */
    List<String> tagList() {
        return tags == null ? List.of() : tags;
    }
}
