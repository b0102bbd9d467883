package io.clinicbook.contract;

import io.clinicbook.i18n.SupportedLocale;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Makes the contract's schemas as strict as the server: a Bean Validation {@code @Pattern} matches the
 * whole value while a JSON Schema pattern matches anywhere in it, so every pattern is anchored
 * ({@code \S} of {@code @NotBlank} excepted, which means "contains a non-blank"); every {@code locale}
 * query parameter is a supported locale ({@link SupportedLocale#TAG}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StrictSchemasFilter implements OASFilter {

    private static final String NOT_BLANK = "\\S";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(StrictSchemasFilter::anchor);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(StrictSchemasFilter::tighten);
            }
            if (operation.getRequestBody() != null) {
                schemasOf(operation.getRequestBody().getContent()).forEach(StrictSchemasFilter::anchor);
            }
        }));
    }

    private static void tighten(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.QUERY && "locale".equals(parameter.getName())) {
            parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern(anchored(SupportedLocale.TAG)));
        } else if (parameter.getSchema() != null) {
            anchor(parameter.getSchema());
        }
    }

    private static void anchor(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.equals(NOT_BLANK)) {
            schema.setPattern(anchored(pattern));
        }
        children(schema).forEach(StrictSchemasFilter::anchor);
    }

    private static Stream<Schema> children(Schema schema) {
        Stream<Schema> properties = schema.getProperties() == null ? Stream.empty() : schema.getProperties().values().stream();
        Stream<Schema> combined = Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull).flatMap(Collection::stream);
        Stream<Schema> single = Stream.of(schema.getItems(), schema.getNot())
                .filter(Objects::nonNull);
        Stream<Schema> additional = schema.getAdditionalPropertiesSchema() == null ? Stream.empty()
                : Stream.of(schema.getAdditionalPropertiesSchema());
        return Stream.of(properties, combined, single, additional).flatMap(s -> s);
    }

    private static Stream<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(m -> m.getSchema()).filter(Objects::nonNull);
    }

    private static String anchored(String pattern) {
        boolean start = pattern.startsWith("^");
        boolean end = pattern.endsWith("$") && !pattern.endsWith("\\$");
        return start && end ? pattern : "^(?:" + pattern + ")$";
    }
}
