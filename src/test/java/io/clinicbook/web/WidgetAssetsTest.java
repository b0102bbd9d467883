package io.clinicbook.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Headers of the widget scripts and pages, and the widgets' size budget (README, "The website widgets"). */
@QuarkusTest
class WidgetAssetsTest {

    @ParameterizedTest
    @CsvSource({"/widget/booking.js, 40960, 12800", "/widget/faq.js, 10240, 4096"})
    void widgetScriptsStayWithinTheirBudget(String path, int maxBytes, int maxGzipBytes) throws IOException {
        byte[] script = given().get(path).then().statusCode(200).extract().asByteArray();
        assertThat(script.length).as("%s bytes", path).isLessThanOrEqualTo(maxBytes);
        assertThat(gzip(script)).as("%s bytes gzipped", path).isLessThanOrEqualTo(maxGzipBytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/widget/booking.js", "/widget/faq.js"})
    void widgetScriptsAreEmbeddableCacheableAndRevalidated(String path) {
        String etag = given().header("Origin", "https://some-clinic.example").get(path).then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=600")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("Access-Control-Allow-Origin", "*")
                .header("X-Content-Type-Options", "nosniff")
                .header("Last-Modified", notNullValue())
                .extract().header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag).body(equalTo(""));
        given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
    }

    /** RFC 9110 (13.1.2): If-None-Match compares weakly, takes a list, and {@code *} matches any current file. */
    @ParameterizedTest
    @ValueSource(strings = {"/widget/booking.js", "/widget/faq.js", "/", "/manage", "/manage.html"})
    void ifNoneMatchComparesWeaklyAndTakesListsAndAStar(String path) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(etag).as("the ETag of %s", path).matches("\"[A-Za-z0-9_-]{22}\"");

        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag).body(equalTo(""));
        given().header("If-None-Match", "W/" + etag).get(path).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"other\", " + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "*").get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\", W/\"another\"").get(path).then().statusCode(200).header("ETag", etag);
    }

    /** A folder of the served files, or a file that is not there, has no current representation for {@code *} to match. */
    @ParameterizedTest
    @ValueSource(strings = {"/site", "/widget", "/site/", "/no-such-page.html"})
    void onlyFilesThatAreServedGetATag(String path) {
        given().header("If-None-Match", "*").get(path).then().statusCode(not(304)).header("ETag", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/manage", "/manage.html"})
    void pagesAllowNothingFromOtherHostsAndNoFraming(String path) {
        given().get(path).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", SecurityHeaders.PAGE_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("/widget/booking.js"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/swagger-ui/", "/q/swagger-ui/index.html"})
    void theSwaggerUiHasItsOwnPolicy(String path) {
        given().get(path).then().statusCode(200)
                .header("Content-Security-Policy", SecurityHeaders.SWAGGER_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/clinic", "/api/v1/no-such-thing"})
    void apiAnswersAreNotSniffedNorReferred(String path) {
        given().get(path).then().header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }
}
