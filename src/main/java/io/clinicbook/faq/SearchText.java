package io.clinicbook.faq;

import io.clinicbook.i18n.LocalizedText;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text folded for searching: lower case and without accents, so that "NINO" finds "niño". The folding
 * happens here, in Java, both for the stored column and for the query: the databases then only compare
 * plain strings and give the same answer on H2 and PostgreSQL.
 */
final class SearchText {

    /** The escape character of the LIKE patterns built here. */
    static final char LIKE_ESCAPE = '!';
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /** What the search column holds for these texts: every locale, one line each. */
    static String of(LocalizedText... texts) {
        return Arrays.stream(texts).flatMap(t -> Stream.of(t.en, t.es)).filter(Objects::nonNull)
                .map(SearchText::fold).collect(Collectors.joining("\n"));
    }

    /** The words of a query, folded; an entry matches when it contains each of them. */
    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return SPACES.splitAsStream(fold(query)).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /** A LIKE pattern (with {@link #LIKE_ESCAPE}) matching text that contains {@code word} literally. */
    static String containing(String word) {
        String escaped = word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
