package io.clinicbook.contract;

import io.clinicbook.problem.InvalidParameter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The query as the contract types it: a parameter the operation does not declare is a 400 naming it,
 * so a misspelt filter ({@code ?pratitioner=}) is never silently ignored, answering everything; so is a
 * single-valued parameter given twice, or a number or enum given empty, which JAX-RS would otherwise
 * read as its first value or as absent.
 */
class UnknownQueryParameters {

    /** How a declared parameter may be given. */
    private enum Shape { TEXT, VALUE, LIST }

    private final Map<Method, Map<String, Shape>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUndeclared(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getRequestUri().getRawQuery() == null) {
            return;
        }
        Map<String, Shape> known = declared.computeIfAbsent(method, UnknownQueryParameters::queryParameters);
        for (Map.Entry<String, List<String>> given : uri.getQueryParameters().entrySet()) {
            String name = given.getKey();
            Shape shape = known.get(name);
            if (shape == null) {
                throw new InvalidParameter(name, "This operation has no query parameter '" + name + "'; it takes "
                        + (known.isEmpty() ? "none" : String.join(", ", known.keySet())) + ".");
            }
            if (shape != Shape.LIST && given.getValue().size() > 1) {
                throw new InvalidParameter(name, "Give '" + name + "' once.");
            }
            if (shape != Shape.TEXT && given.getValue().contains("")) {
                throw new InvalidParameter(name, "'" + name + "' needs a value; leave it out to use the default.");
            }
        }
    }

    /** The method's {@code @QueryParam}s, those of its {@code @BeanParam}s' fields included, sorted by name. */
    private static Map<String, Shape> queryParameters(Method method) {
        Map<String, Shape> names = new TreeMap<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.put(query.value(), shape(parameter.getType()));
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getFields()) {
                    QueryParam inBean = field.getAnnotation(QueryParam.class);
                    if (inBean != null) {
                        names.put(inBean.value(), shape(field.getType()));
                    }
                }
            }
        }
        return names;
    }

    private static Shape shape(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return Shape.LIST;
        }
        return type == String.class ? Shape.TEXT : Shape.VALUE;
    }
}
