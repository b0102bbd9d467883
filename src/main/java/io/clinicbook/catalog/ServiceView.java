package io.clinicbook.catalog;

import io.clinicbook.i18n.LocaleChoice;
import io.clinicbook.i18n.SupportedLocale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment type as patients see it, in one locale. */
@Schema(name = "Service")
record ServiceView(
        @Schema(examples = "follow-up-adjustment") String slug,
        @Schema(examples = "Follow-up adjustment") String name,
        @Schema(examples = "A gentle SOT adjustment for returning patients.") String description,
        @Schema(examples = "30") int durationMinutes,
        Audience audience,
        @Schema(description = "The locale the texts are in.") SupportedLocale locale) {

    static ServiceView of(ServiceType service, LocaleChoice locale) {
        return new ServiceView(service.slug, locale.of(service.name), locale.of(service.description),
                service.durationMinutes, service.audience, locale.wanted());
    }
}
