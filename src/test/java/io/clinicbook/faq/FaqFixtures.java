package io.clinicbook.faq;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.uniqueSlug;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates FAQ categories and entries through the staff API, each test with its own. */
public final class FaqFixtures {

    static final String ADMIN_FAQS = "/api/v1/admin/faqs";
    static final String ADMIN_CATEGORIES = "/api/v1/admin/faq-categories";

    private FaqFixtures() {
    }

    /** A new category (named in English only), last in order; returns its slug. */
    public static String category() {
        String slug = uniqueSlug("faq");
        asAdmin().body(Map.of("slug", slug, "name", Map.of("en", "Category " + slug)))
                .post(ADMIN_CATEGORIES).then().statusCode(201);
        return slug;
    }

    /** A published entry with English text only; returns its id. */
    static long published(String category, String question, String answer) {
        return entry(category, text(question, null), text(answer, null), true);
    }

    static long entry(String category, Map<String, String> question, Map<String, String> answer, boolean published) {
        return asAdmin().body(definition(category, question, answer, published)).post(ADMIN_FAQS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> definition(String category, Map<String, String> question, Map<String, String> answer,
                                          boolean published) {
        return Map.of("category", category, "question", question, "answer", answer, "tags", List.of("test"),
                "published", published);
    }

    /** A localized text; {@code es} may be null (missing translation). */
    static Map<String, String> text(String en, String es) {
        Map<String, String> text = new HashMap<>();
        text.put("en", en);
        if (es != null) {
            text.put("es", es);
        }
        return text;
    }
}
