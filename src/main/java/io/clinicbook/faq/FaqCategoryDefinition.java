package io.clinicbook.faq;

import io.clinicbook.i18n.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An FAQ category as staff write it. */
public record FaqCategoryDefinition(
        @NotNull(message = "Please give a slug")
        @Pattern(regexp = "(?!order$)[a-z0-9]+(-[a-z0-9]+)*",
                 message = "A slug is lower-case words joined by dashes, such as first-visit (and not the word order)")
        @Schema(examples = "first-visit") String slug,
        @NotNull(message = "Please give the name")
        @Valid @TextLimit(max = 80, message = "Please keep the name under 80 characters")
        LocalizedText name) {
}
