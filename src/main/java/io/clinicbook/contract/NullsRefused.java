package io.clinicbook.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.clinicbook.problem.ClinicProblem;
import io.clinicbook.problem.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * One rule for absent values across the API: the contract declares nothing nullable, so answers
 * leave an absent field out, and a JSON request body with an explicit {@code null} anywhere is
 * refused with the field named; a client without a value leaves the field out. (Jackson's own
 * {@code Nulls.FAIL} cannot do this: it refuses absent record components too.) Bodies are small
 * (the body limit), so the scan reads them whole before Jackson reads them again.
 */
@Provider
public class NullsRefused implements ReaderInterceptor {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        refuseNulls(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void refuseNulls(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NULL && !parser.getParsingContext().inRoot()) {
                    throw new NullValue(fieldOf(parser.getParsingContext()));
                }
            }
        } catch (JsonProcessingException malformed) {
            // Not JSON: Jackson reads it next and answers with its own problem.
        }
    }

    /** {@code patient.email}, {@code tags[0]}: the field as the other problems name it. */
    private static String fieldOf(JsonStreamContext context) {
        String field = "";
        for (JsonStreamContext c = context; !c.inRoot(); c = c.getParent()) {
            field = c.inArray() ? "[" + c.getCurrentIndex() + "]" + field
                    : c.getCurrentName() + (field.isEmpty() || field.startsWith("[") ? "" : ".") + field;
        }
        return field;
    }

    static final class NullValue extends ClinicProblem {

        static final String MESSAGE = "null is not a value here: give one, or leave an optional field out";
        private final String field;

        NullValue(String field) {
            super(400, "malformed-body", "Malformed request body",
                    "The field '" + field + "' is null: give it a value, or leave it out if it is optional.");
            this.field = field;
        }

        @Override
        public Problem toProblem() {
            return super.toProblem().withViolations(List.of(new Problem.Violation(field, MESSAGE)));
        }
    }
}
