package io.clinicbook.i18n;

import io.clinicbook.problem.InvalidParameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The languages the clinic publishes its content in. */
public enum SupportedLocale {
    en, es;

    /**
     * Reads a {@code locale} parameter ({@code es}, {@code es-MX}, {@code EN}); blank means the clinic's default.
     *
     * @throws InvalidParameter naming {@code parameter} for a language the clinic does not publish
     */
    public static SupportedLocale parse(String value, SupportedLocale fallback, String parameter) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String language = Locale.forLanguageTag(value.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.name().equals(language)).findFirst()
                .orElseThrow(() -> new InvalidParameter(parameter, "Unsupported locale '" + value
                        + "'; use one of " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    }
}
