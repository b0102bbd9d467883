package io.clinicbook.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error this service sends as
 * {@code application/problem+json}. Extension members (such as {@code nextSlots}) go in {@code extensions}.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(examples = "https://clinicbook.io/problems/validation") URI type,
        @Schema(examples = "Your request has invalid fields") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "Please give your first name.") String detail,
        @Schema(examples = "/api/v1/appointments") String instance,
        @Schema(description = "For validation problems: the fields at fault.") List<Violation> violations,
        @Schema(hidden = true) @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://clinicbook.io/problems/";

    /** One invalid field: where it is ({@code body.patient.email}, {@code query.from}) and what is wrong. */
    public record Violation(
            @Schema(examples = "patient.email") String field,
            @Schema(examples = "Please give a valid email address") String message) {
    }

    public static Problem of(int status, String typeSlug, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + typeSlug), title, status, detail, null, null, null);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, violations, extensions);
    }

    public Problem withViolations(List<Violation> violations) {
        return new Problem(type, title, status, detail, instance, violations, extensions);
    }

    public Problem withExtensions(Map<String, Object> extensions) {
        return new Problem(type, title, status, detail, instance, violations, extensions);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
