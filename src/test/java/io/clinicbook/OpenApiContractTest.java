package io.clinicbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void theCheckedInContractIsWhatTheServiceServes() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode served = yaml.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode checkedIn = yaml.readTree(Files.readString(Path.of("openapi.yaml")));
        // Compared as trees: the build and the running service order some keys differently.
        assertThat(checkedIn)
                .as("openapi.yaml drifted from the code: regenerate it with ./mvnw package -DskipTests and commit it")
                .isEqualTo(served);
    }

    @Test
    void everyOperationHasASummaryAndTags() {
        String served = given().queryParam("format", "json").get("/q/openapi").then().extract().asString();
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(served);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = json.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation).as(method + " " + path).containsKeys("summary", "tags", "responses");
        }));
    }
}
