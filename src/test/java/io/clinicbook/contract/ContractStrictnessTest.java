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

    @Test
    void aWrongMethodIsA405ThatListsTheAllowedOnes() {
        given().delete("/api/v1/clinic").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", "GET, HEAD, OPTIONS");
        given().get("/api/v1/appointments").then().statusCode(405).header("Allow", "OPTIONS, POST");
        given().delete("/api/v1/faqs/jsonld").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
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
    void aLocaleIsASupportedLanguageOptionallyWithARegion() {
        given().queryParam("locale", "es-MX").get("/api/v1/faq-categories").then().statusCode(200);
        for (String wrong : new String[] {"fr", "EN", "es_MX", " ", "en-"}) {
            given().queryParam("locale", wrong).get("/api/v1/services").then().statusCode(400)
                    .body("violations[0].field", equalTo("locale"));
        }
    }

    @Test
    void everyPatternOfTheContractMatchesTheWholeValue() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<String> patterns = new ArrayList<>();
        contract.findValues("pattern").forEach(p -> patterns.add(p.asText()));

        assertThat(patterns).isNotEmpty().allMatch(p -> p.equals("\\S") || p.startsWith("^") && p.endsWith("$"));
        assertThat(patterns).contains("^([01]\\d|2[0-3]):[0-5]\\d$");
    }
}
