package io.clinicbook.web;

import io.vertx.ext.web.RoutingContext;

/**
 * The one place that says which part of the API a request is for. Decisions are made on the path
 * as the router matches it ({@link RoutingContext#normalizedPath()}: dot segments removed, repeated
 * slashes collapsed, unreserved characters such as {@code %61} decoded), never on the raw path, so
 * {@code /api/v1//admin/clinic} or {@code /api/v1/%61dmin/clinic} is judged as the staff URL it reaches.
 */
public final class ApiPaths {

    /** Everything the service offers lives under this prefix. */
    public static final String API = "/api/v1/";
    /**
     * Sent by the staff console's pages with every request: a 401 to them carries no {@code WWW-Authenticate: Basic},
     * on which a browser would open its own password dialog over the console's sign-in page.
     */
    public static final String CONSOLE_HEADER = "X-Clinic-Console";
    /** The staff API: HTTP Basic (or a console session), no CORS, no public rate limit. */
    public static final String STAFF = "/api/v1/admin";

    private ApiPaths() {
    }

    /** The path of the request as the router sees it. */
    public static String of(RoutingContext ctx) {
        return ctx.normalizedPath();
    }

    /** A normalised path (or a contract path) under the staff API. */
    public static boolean isStaff(String path) {
        return path.equals(STAFF) || path.startsWith(STAFF + "/");
    }

    /** A normalised path under the public API, staff API excluded. */
    public static boolean isPublic(String path) {
        return path.startsWith(API) && !isStaff(path);
    }
}
