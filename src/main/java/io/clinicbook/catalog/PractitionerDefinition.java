package io.clinicbook.catalog;

import io.clinicbook.i18n.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practitioner as admins write and read them. */
public record PractitionerDefinition(
        @NotNull(message = "Please give a slug")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "A slug is lower-case words joined by dashes, such as dr-maya-lindqvist")
        @Schema(examples = "dr-maya-lindqvist") String slug,
        @NotBlank(message = "Please give the name patients know the practitioner by")
        @Size(max = 120, message = "Please keep the name under 120 characters")
        @Schema(examples = "Dr. Maya Lindqvist") String displayName,
        @Size(max = 120, message = "Please keep the credentials under 120 characters")
        @Schema(examples = "DC, SOT Certified") String credentials,
        @NotNull(message = "Please give the bio") @Valid LocalizedText bio,
        @NotNull(message = "Please list the languages (codes such as en, es)")
        @Size(max = 10, message = "At most 10 languages")
        List<@Pattern(regexp = "[a-z]{2,3}", message = "A language is a code such as en or es") String> languages,
        @NotNull(message = "Please list the services offered (slugs)")
        @Schema(examples = "[\"follow-up-adjustment\"]") List<String> services,
        @Schema(description = "Inactive practitioners are kept for history but cannot be booked.", examples = "true") boolean active,
        @Schema(examples = "1") int displayOrder) {

    static PractitionerDefinition of(Practitioner p) {
        return new PractitionerDefinition(p.slug, p.displayName, p.credentials, p.bio, p.languageList(),
                p.services.stream().map(s -> s.slug).sorted().toList(), p.active, p.displayOrder);
    }
}
