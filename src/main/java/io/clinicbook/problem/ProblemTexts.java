package io.clinicbook.problem;

import io.clinicbook.i18n.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Problem titles and details in the request's language. English is written in the code; the
 * {@code ProblemMessages} bundles hold the other languages, by key: {@code title.<key>}, {@code detail.<key>}.
 * A text without a translation stays in English.
 */
@ApplicationScoped
class ProblemTexts {

    static final String BUNDLE = "ProblemMessages";

    @Inject
    RequestLocale locale;

    /** {@code english} (a {@link MessageFormat} pattern when there are arguments), or its translation under {@code key}. */
    String text(String key, String english, Object... arguments) {
        return format(translation(key).orElse(english), arguments);
    }

    /** The problem of {@code e} with its title and detail translated where the bundle has them. */
    Problem of(ClinicProblem e) {
        Problem problem = e.toProblem();
        String title = translation("title." + e.titleKey()).orElse(problem.title());
        String detail = e.detailKey() == null ? problem.detail() : translation("detail." + e.detailKey())
                .map(pattern -> format(pattern, e.detailArguments()))
                .orElse(problem.detail());
        List<Problem.Violation> violations = problem.violations() == null ? null : problem.violations().stream()
                .map(v -> v.message().equals(problem.detail()) ? new Problem.Violation(v.field(), detail) : v).toList();
        return new Problem(problem.type(), title, problem.status(), detail, problem.instance(), violations, problem.extensions());
    }

    private String format(String pattern, Object[] arguments) {
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(arguments);
    }

    private Optional<String> translation(String key) {
        Locale wanted = locale.get();
        if (wanted.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return Optional.empty();
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException none) {
            return Optional.empty();
        }
    }
}
