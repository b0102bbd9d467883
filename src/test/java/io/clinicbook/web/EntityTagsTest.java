package io.clinicbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** If-None-Match as RFC 9110 (13.1.2, 8.8.3) reads it, for the tag {@code "abc"}. */
class EntityTagsTest {

    private static final String TAG = "\"abc\"";

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "W/\"abc\"", "*", " * ", "\"x\", \"abc\"", "\"x\",W/\"abc\"", "\"a,b\", \"abc\"",
            "W/\"x\" ,\t\"abc\" ,", ", \"abc\""})
    void matches(String ifNoneMatch) {
        assertThat(EntityTags.notModified(ifNoneMatch, TAG)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"x\"", "\"x\", W/\"y\"", "abc", "w/\"abc\"", "\"abc", "\"x\", *", "\"ab\"", "\"abcd\"",
            "\"x,\"abc\"\"", "\"abc\" \"x\"", "W/ \"abc\""})
    void doesNotMatch(String ifNoneMatch) {
        assertThat(EntityTags.notModified(ifNoneMatch, TAG)).isFalse();
    }

    @Test
    void anyOfSeveralFieldsMayMatchAndNoFieldMatchesNothing() {
        assertThat(EntityTags.notModified(List.of("\"x\"", "W/\"abc\""), TAG)).isTrue();
        assertThat(EntityTags.notModified((String) null, TAG)).isFalse();
        assertThat(EntityTags.notModified((List<String>) null, TAG)).isFalse();
    }

    @Test
    void aTagIsTheQuotedStartOfTheContentsSha256() {
        assertThat(EntityTags.of("")).isEqualTo("\"47DEQpj8HBSa-_TImW-5JC\"");
        assertThat(EntityTags.of("x")).matches("\"[A-Za-z0-9_-]{22}\"").isNotEqualTo(EntityTags.of("y"));
    }
}
