package io.clinicbook.contract;

import static io.clinicbook.Staff.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinicbook.availability.AvailabilityFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Schemathesis checks in CI, held here too: the server and its contract say the same thing. */
@QuarkusTest
class ContractStrictnessTest {

    private static final String NULL_REFUSED = "null is not a value here: give one, or leave an optional field out";

    @Test
    void aWrongMethodIsA405ThatListsTheAllowedOnes() {
        given().delete("/api/v1/clinic").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", "GET, HEAD, OPTIONS");
        given().get("/api/v1/appointments").then().statusCode(405).header("Allow", "OPTIONS, POST");
        given().delete("/api/v1/faqs/jsonld").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
        // A literal segment beside a template is not read as the template's value.
        asAdmin().get("/api/v1/admin/appointments/search").then().statusCode(405).header("Allow", "OPTIONS, POST");
        asAdmin().get("/api/v1/admin/faq-categories/order").then().statusCode(405).header("Allow", "OPTIONS, PUT");
    }

    @Test
    void theQueryIsReadAsTheContractTypesIt() {
        given().queryParam("servce", "x").get("/api/v1/practitioners").then().statusCode(400)
                .body("violations[0].field", equalTo("servce"))
                .body("violations[0].message", equalTo("This operation has no query parameter 'servce'; it takes locale, service."));
        asAdmin().queryParam("size", 5, 6).get("/api/v1/admin/outbox").then().statusCode(400)
                .body("violations[0].message", equalTo("Give 'size' once."));
        asAdmin().queryParam("status", "").get("/api/v1/admin/outbox").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        asAdmin().queryParam("status", "REQUESTED", "CONFIRMED").get("/api/v1/admin/appointments").then().statusCode(200);
        given().queryParam("q", "").get("/api/v1/faqs").then().statusCode(200);
    }

    @Test
    void aMalformedFormBodyIsA400() {
        given().contentType("application/x-www-form-urlencoded").body("token=%zz")
                .post("/api/v1/appointments/K7Q4M2XP/calendar.ics").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://clinicbook.io/problems/malformed-body"));
    }

    @Test
    void aPageFarBeyondTheLastIsRefusedNotOverflowed() {
        for (String list : new String[] {"/api/v1/admin/appointments", "/api/v1/admin/outbox"}) {
            asAdmin().queryParam("page", 2147483646).get(list).then().statusCode(400)
                    .body("violations[0].field", equalTo("page")).body("violations[0].message", equalTo("The page is at most 100000"));
        }
        asAdmin().body("{\"page\": 2147483646}").post("/api/v1/admin/appointments/search").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void absentValuesAreLeftOutNotNull() {
        long id = AvailabilityFixtures.closure("2031-01-01", "2031-01-01", null, null);
        try {
            asAdmin().get("/api/v1/admin/closures/{id}", id).then().statusCode(200)
                    .body("firstDay", equalTo("2031-01-01")).body("$", not(hasKey("startTime"))).body("$", not(hasKey("endTime")));
        } finally {
            AvailabilityFixtures.deleteClosure(id);
        }
    }

    @Test
    void anExplicitNullIsRefusedAndALeftOutFieldIsNot() {
        String category = """
                {"slug": "null-or-absent", "name": {"en": "Null or absent"%s}}""";
        asAdmin().contentType("application/json").body(category.formatted(", \"es\": null"))
                .post("/api/v1/admin/faq-categories").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name.es"))
                .body("violations[0].message", equalTo(NULL_REFUSED));
        asAdmin().contentType("application/json").body("{\"slug\": null, \"name\": {\"en\": \"x\"}}")
                .post("/api/v1/admin/faq-categories").then().statusCode(400).body("violations[0].field", equalTo("slug"));
        asAdmin().contentType("application/json").body(category.formatted(""))
                .post("/api/v1/admin/faq-categories").then().statusCode(201);
        asAdmin().delete("/api/v1/admin/faq-categories/null-or-absent").then().statusCode(204);
    }

    @Test
    void aLocaleIsASupportedLanguageOptionallyWithARegion() {
        given().queryParam("locale", "es-MX").get("/api/v1/faq-categories").then().statusCode(200);
        // Subtags the JDK would read as a language of their own ("hzh") leave the language as it was written.
        given().queryParam("locale", "en-HZh-snxSVsWd").get("/api/v1/faqs").then().statusCode(200);
        for (String wrong : new String[] {"fr", "EN", "es_MX", " ", "en-"}) {
            given().queryParam("locale", wrong).get("/api/v1/services").then().statusCode(400)
                    .body("violations[0].field", equalTo("locale"));
        }
    }

    @Test
    void everyPatternOfTheContractMatchesTheWholeValue() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<String> patterns = new ArrayList<>();
        contract.findValues("pattern").stream().filter(JsonNode::isTextual).forEach(p -> patterns.add(p.asText())); // not properties named so

        assertThat(patterns).isNotEmpty().allMatch(p -> p.equals("\\S") || p.startsWith("^") && p.endsWith("$"));
        assertThat(patterns).contains("^([01]\\d|2[0-3]):[0-5]\\d$");
    }
}
