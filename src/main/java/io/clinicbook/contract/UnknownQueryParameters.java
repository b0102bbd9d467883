package io.clinicbook.contract;

import io.clinicbook.problem.InvalidParameter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation does not declare is a 400 naming it, as the contract types the
 * query: a misspelt filter ({@code ?pratitioner=}) is never silently ignored, answering everything.
 */
public class UnknownQueryParameters {

    private final Map<Method, SortedSet<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getRequestUri().getRawQuery() == null) {
            return;
        }
        SortedSet<String> known = declared.computeIfAbsent(method, UnknownQueryParameters::queryParameters);
        for (String name : uri.getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw new InvalidParameter(name, "This operation has no query parameter '" + name + "'; it takes "
                        + (known.isEmpty() ? "none" : String.join(", ", known)) + ".");
            }
        }
    }

    /** The names of the method's {@code @QueryParam}s, those of its {@code @BeanParam}s' fields included. */
    private static SortedSet<String> queryParameters(Method method) {
        SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getFields()) {
                    QueryParam inBean = field.getAnnotation(QueryParam.class);
                    if (inBean != null) {
                        names.add(inBean.value());
                    }
                }
            }
        }
        return Collections.unmodifiableSortedSet(names);
    }
}
