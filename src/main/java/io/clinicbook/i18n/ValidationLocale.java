package io.clinicbook.i18n;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Hibernate Validator's messages (the ValidationMessages bundles) in the request's locale: Quarkus's own
 * resolver reads Accept-Language only, and a booking's body says its language in {@code locale}.
 */
@Singleton
@Priority(100)
class ValidationLocale implements LocaleResolver {

    @Inject
    RequestLocale locale;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return locale.ofRequest().orElse(null);
    }
}
