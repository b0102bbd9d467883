package io.clinicbook.i18n;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/** Notes the {@code locale} of a body as soon as it is read, before it is validated. */
@Provider
public class BodyLocaleReader implements ReaderInterceptor {

    @Inject
    RequestLocale locale;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body instanceof LocaleInBody localized) {
            locale.fromBody(localized.locale());
        }
        return body;
    }
}
