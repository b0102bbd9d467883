package io.clinicbook.problem;

/** Human sentences for the HTTP-level problems the framework raises (unknown route, wrong method, ...). */
final class HttpProblems {

    private HttpProblems() {
    }

    public static Problem forStatus(int status, String method) {
        return switch (status) {
            case 400 -> Problem.of(400, "bad-request", "Bad request", "The request could not be understood.");
            case 404 -> Problem.of(404, "not-found", "Not found",
                    "There is nothing at this address. The API lives under /api/v1; see /q/openapi.");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    "This address does not accept " + method + "; the Allow header lists what it accepts.");
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable",
                    "This address cannot answer in a media type the Accept header allows; /q/openapi lists what it answers with.");
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large",
                    "The request body is larger than this service accepts.");
            case 414 -> Problem.of(414, "uri-too-long", "URI too long",
                    "The address with its query string is longer than this service accepts.");
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.");
            case 429 -> Problem.of(429, "rate-limited", "Too many requests",
                    "Too many requests from your address; wait for the time in Retry-After and try again.");
            default -> Problem.of(status, "http-" + status, "HTTP " + status, "The request cannot be served as sent.");
        };
    }
}
