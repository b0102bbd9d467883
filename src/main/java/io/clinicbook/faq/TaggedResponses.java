package io.clinicbook.faq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.clinicbook.support.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Base64;

/**
 * Public content that browsers and proxies may cache: each response carries a strong ETag (a hash of the
 * exact bytes sent, so every instance gives the same tag for the same content) and a request whose
 * {@code If-None-Match} already holds that tag gets a 304 without a body.
 */
@ApplicationScoped
class TaggedResponses {

    static final String CACHE_CONTROL = "public, max-age=300";

    private final ObjectWriter writer;

    @Inject
    TaggedResponses(ObjectMapper json) {
        this.writer = json.writer().with(new ScriptSafe());
    }

    /**
     * The body as JSON with its tag, or a 304 when {@code ifNoneMatch} (the request's header, or null) holds the tag.
     */
    public Response of(String ifNoneMatch, Object body, String mediaType) {
        byte[] bytes = serialise(body);
        EntityTag tag = new EntityTag(sha256(bytes));
        Response.ResponseBuilder response = matches(ifNoneMatch, tag) ? Response.notModified() : Response.ok(bytes, mediaType);
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    /**
     * If-None-Match compares weakly (RFC 9110, 13.1.2): {@code W/"x"} matches {@code "x"}, as caches that compress
     * responses send it back. JAX-RS {@code Request.evaluatePreconditions} compares strongly in this Quarkus REST
     * ({@code EvaluatePreconditionsTest} shows it, and fails the day it compares weakly), so the comparison stays ours.
     */
    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = "\"" + tag.getValue() + "\"";
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(quoted) || candidate.equals("W/" + quoted));
    }

    private byte[] serialise(Object body) {
        try {
            return writer.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response record could not be written as JSON", e);
        }
    }

    private static String sha256(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(bytes));
    }

    /**
     * Writes {@code <}, {@code >} and {@code &} as {@code \}{@code u003C}-style escapes: the JSON means the same,
     * but text such as {@code </script>} in an answer cannot end the script element a page embeds it in.
     */
    static final class ScriptSafe extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
