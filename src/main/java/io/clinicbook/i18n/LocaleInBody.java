package io.clinicbook.i18n;

/** A request body with a {@code locale} field: its messages come back in that language. */
public interface LocaleInBody {

    String locale();
}
