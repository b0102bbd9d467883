package io.clinicbook.i18n;

/** The locale a reader asked for, and the clinic's default that fills in missing translations. */
public record LocaleChoice(SupportedLocale wanted, SupportedLocale fallback) {

    public String of(LocalizedText text) {
        return text == null ? null : text.in(wanted, fallback);
    }
}
