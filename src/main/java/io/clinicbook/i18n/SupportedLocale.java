package io.clinicbook.i18n;

import io.clinicbook.problem.InvalidParameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The languages the clinic publishes its content in. */
public enum SupportedLocale {
    en, es;

    /**
     * A {@code locale} as the contract states it: a supported language (the names above), optionally with
     * subtags such as a region ({@code es-MX}, as browsers send it); empty means the clinic's default.
     */
    public static final String TAG = "((en|es)(-[A-Za-z0-9]{1,8})*)?";
    private static final Pattern TAG_PATTERN = Pattern.compile(TAG);

    /**
     * Reads a {@code locale} parameter ({@code es}, {@code es-MX}); absent or empty means the clinic's default.
     *
     * @throws InvalidParameter naming {@code parameter} for a language the clinic does not publish
     */
    public static SupportedLocale parse(String value, SupportedLocale fallback, String parameter) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return read(value).orElseThrow(() -> new InvalidParameter(parameter, "Unsupported locale '" + value
                + "'; use one of " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    }

    /** The supported language of a {@code locale} tag; empty for an absent, empty or unsupported one. */
    public static Optional<SupportedLocale> read(String value) {
        if (value == null || value.isEmpty() || !TAG_PATTERN.matcher(value).matches()) {
            return Optional.empty();
        }
        // The language is the tag's first two letters; Locale.forLanguageTag would read "en-HZh" as the language hzh.
        return Optional.of(valueOf(value.substring(0, 2)));
    }

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }
}
