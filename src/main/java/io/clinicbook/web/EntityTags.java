package io.clinicbook.web;

import io.clinicbook.support.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The one way every cacheable answer (FAQ, calendar feeds, widget scripts, pages) is tagged and revalidated.
 * A tag is strong and made from the exact bytes sent, so every instance gives the same tag for the same content;
 * {@code If-None-Match} is read as RFC 9110 (13.1.2) has it: {@code *}, or a list of entity tags compared
 * weakly, so {@code W/"x"} (what caches that compress a response send back) matches {@code "x"}. JAX-RS
 * {@code Request.evaluatePreconditions} in this Quarkus REST compares strongly (a {@code W/} tag got 200), and
 * the Vert.x filter of widget scripts and pages has no JAX-RS request: so the comparison is this one, for all.
 */
public final class EntityTags {

    /** Characters of a tag: 22 base64url characters of the SHA-256, 132 bits. */
    private static final int LENGTH = 22;

    private EntityTags() {
    }

    /** The strong tag of these bytes, quoted as the ETag header carries it. */
    public static String of(byte[] content) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(content)).substring(0, LENGTH) + "\"";
    }

    /** The strong tag of this text as UTF-8. */
    public static String of(String content) {
        return of(content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #notModified(List, String)} for one header field (or null when there is none). */
    public static boolean notModified(String ifNoneMatch, String tag) {
        return ifNoneMatch != null && notModified(List.of(ifNoneMatch), tag);
    }

    /**
     * Whether a GET or HEAD with these {@code If-None-Match} fields gets 304 for the representation tagged
     * {@code tag} (quoted, as {@link #of} gives it): the field is {@code *}, or one of its tags has the same
     * opaque value. A field that is not RFC 9110's syntax names nothing, so the full answer is sent; null is no field.
     */
    public static boolean notModified(List<String> ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String field : ifNoneMatch) {
            if (field.strip().equals("*") || listed(field, opaque)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the comma list {@code field} holds {@code opaque} (weakly or strongly); false if the list is malformed. */
    private static boolean listed(String field, String opaque) {
        boolean found = false;
        int i = 0;
        int n = field.length();
        while (i < n) {
            char c = field.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            if (field.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= n || field.charAt(i) != '"') {
                return false;
            }
            int close = field.indexOf('"', i + 1);
            if (close < 0) {
                return false;
            }
            found |= field.regionMatches(i + 1, opaque, 0, opaque.length()) && close - i - 1 == opaque.length();
            i = close + 1;
            while (i < n && (field.charAt(i) == ' ' || field.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && field.charAt(i) != ',') {
                return false;
            }
        }
        return found;
    }

    private static String opaque(String tag) {
        String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (strong.length() < 2 || strong.charAt(0) != '"' || strong.charAt(strong.length() - 1) != '"') {
            throw new IllegalArgumentException("Not a quoted entity tag: " + tag);
        }
        return strong.substring(1, strong.length() - 1);
    }
}
