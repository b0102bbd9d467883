package io.clinicbook.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the messages a request gets back (field messages, problem titles and details): the
 * {@code locale} of its body when it has one, else the best match of its {@code Accept-Language}, else English.
 */
@ApplicationScoped
public class RequestLocale {

    private static final String BODY = RequestLocale.class.getName() + ".body";
    private static final List<Locale> SUPPORTED = Arrays.stream(SupportedLocale.values()).map(SupportedLocale::locale).toList();

    @Inject
    CurrentVertxRequest request;

    /** Notes the {@code locale} a request body gives; an empty or unsupported one is left to the header. */
    public void fromBody(String tag) {
        SupportedLocale.read(tag).ifPresent(language -> current().ifPresent(rc -> rc.put(BODY, language.locale())));
    }

    /** The locale of the request being served; empty outside a request. */
    public Optional<Locale> ofRequest() {
        return current().map(rc -> {
            Locale body = rc.get(BODY);
            return body != null ? body : accepted(rc.request().getHeader("Accept-Language"));
        });
    }

    public Locale get() {
        return ofRequest().orElse(Locale.ENGLISH);
    }

    static Locale accepted(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return found != null ? found : Locale.ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    private Optional<RoutingContext> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getCurrent());
    }
}
