package io.clinicbook.faq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.clinicbook.web.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Public content that browsers and proxies may cache: each response carries the strong ETag of the exact
 * bytes sent, and a request whose {@code If-None-Match} already holds that tag gets a 304 without a body
 * ({@link EntityTags}: weak comparison, lists, {@code *}).
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
        String tag = EntityTags.of(bytes);
        Response.ResponseBuilder response = EntityTags.notModified(ifNoneMatch, tag) ? Response.notModified() : Response.ok(bytes, mediaType);
        return response.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    private byte[] serialise(Object body) {
        try {
            return writer.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response record could not be written as JSON", e);
        }
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
