package io.clinicbook.web;

import static io.clinicbook.Staff.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spellings of a URL that the router normalises to the same resource get the same decisions as the
 * plain spelling. Sent with java.net.http, which puts the path on the wire exactly as written.
 */
@QuarkusTest
class PathVariantsTest {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private static final String WEBSITE = "https://www.variants.example";
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    @ConfigProperty(name = "clinic.rate-limit.requests")
    int allowed;

    @BeforeEach
    void websiteIsAnAllowedOrigin() {
        String settings = asAdmin().get("/api/v1/admin/clinic").then().extract().asString();
        asAdmin().body(settings.replaceFirst("\"websiteOrigins\":\\[[^]]*]", "\"websiteOrigins\":[\"" + WEBSITE + "\"]"))
                .put("/api/v1/admin/clinic").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/admin/clinic", "/api/v1//admin/clinic", "/api/v1/./admin/clinic",
            "/api/v1/%61dmin/clinic", "/api/v1/services/../admin/clinic", "/api/v1/admin//clinic"})
    void aStaffUrlGetsNoCorsHowEverItIsSpelt(String path) throws Exception {
        HttpResponse<String> preflight = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", WEBSITE).header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> anonymous = send(request(path).header("Origin", WEBSITE));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(anonymous.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> admin = send(request(path).header("Origin", WEBSITE).header("Authorization", ADMIN));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"websiteOrigins\"");
        assertThat(admin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/clinic", "/api/v1//clinic", "/api/v1/./clinic", "/api/v1/%63linic"})
    void aPublicUrlGetsCorsHowEverItIsSpelt(String path) throws Exception {
        HttpResponse<String> response = send(request(path).header("Origin", WEBSITE));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WEBSITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1//appointments", "/api/v1/./appointments", "/api/v1/%61ppointments"})
    void aPublicWriteCountsAgainstTheRateLimitHowEverItIsSpelt(String path) throws Exception {
        String client = "192.0.2." + CLIENTS.incrementAndGet(); // a bucket of its own per case, whatever other tests used
        for (int i = 0; i < allowed; i++) {
            assertThat(send(post(path, client)).statusCode()).isEqualTo(400);
        }
        assertThat(send(post(path, client)).statusCode()).isEqualTo(429);
    }

    private HttpRequest.Builder post(String path, String client) {
        return request(path).header("X-Forwarded-For", client).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + root.getHost() + ":" + root.getPort() + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
