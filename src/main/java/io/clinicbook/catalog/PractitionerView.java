package io.clinicbook.catalog;

import io.clinicbook.i18n.LocaleChoice;
import io.clinicbook.i18n.SupportedLocale;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practitioner's public profile, in one locale. */
@Schema(name = "Practitioner")
record PractitionerView(
        @Schema(examples = "dr-maya-lindqvist") String slug,
        @Schema(examples = "Dr. Maya Lindqvist") String displayName,
        @Schema(examples = "DC, SOT Certified") String credentials,
        @Schema(examples = "Maya has cared for families with SOT for twelve years.") String bio,
        @Schema(examples = "[\"en\", \"es\"]") List<String> languages,
        @Schema(description = "Slugs of the services this practitioner offers.", examples = "[\"follow-up-adjustment\"]")
        List<String> services,
        SupportedLocale locale) {

    static PractitionerView of(Practitioner p, LocaleChoice locale) {
        List<String> services = p.services.stream().filter(s -> s.active)
                .sorted(java.util.Comparator.comparingInt((ServiceType s) -> s.displayOrder).thenComparing(s -> s.slug))
                .map(s -> s.slug).toList();
        return new PractitionerView(p.slug, p.displayName, p.credentials, locale.of(p.bio), p.languageList(),
                services, locale.wanted());
    }
}
