package io.clinicbook.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The {@code Allow} header of a 405 and of an OPTIONS answer: the methods of the resource methods whose
 * path template matches the request path (the most literal template, as JAX-RS chooses). RESTEasy
 * Reactive sends its 405 without them, and its OPTIONS answer lists methods of other templates too.
 */
@ApplicationScoped
class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private record Route(Pattern path, int literals, String method) {
    }

    private volatile List<Route> routes;

    @ServerResponseFilter
    public void allowOnOptions(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            forPath(request.getUriInfo().getPath()).ifPresent(methods -> response.getHeaders().putSingle(HttpHeaders.ALLOW, methods));
        }
    }

    /** The methods allowed on {@code path}, HEAD with GET and OPTIONS always, or empty when no resource serves it. */
    public Optional<String> forPath(String path) {
        TreeSet<String> methods = new TreeSet<>();
        int best = -1;
        for (Route route : routes()) {
            if (route.literals() >= best && route.path().matcher(path).matches()) {
                if (route.literals() > best) {
                    methods.clear();
                    best = route.literals();
                }
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    private List<Route> routes() {
        if (routes == null) {
            routes = resourceRoutes();
        }
        return routes;
    }

    /** Read once from the resource classes' JAX-RS annotations: every resource is a bean with {@code @Path}. */
    private static List<Route> resourceRoutes() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Optional<String> verb = verbOf(method);
                if (verb.isPresent()) {
                    Path sub = method.getAnnotation(Path.class);
                    String template = join(base.value(), sub == null ? "" : sub.value());
                    found.add(new Route(pattern(template), PARAMETER.matcher(template).replaceAll("").length(), verb.get()));
                }
            }
        }
        return List.copyOf(found);
    }

    private static Optional<String> verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code /faqs/{id}} matches {@code /faqs/6}; a parameter with its own regex ({@code {id: \d+}}) keeps it. */
    private static Pattern pattern(String path) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1)).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return Pattern.compile(regex.toString() + "/?");
    }
}
