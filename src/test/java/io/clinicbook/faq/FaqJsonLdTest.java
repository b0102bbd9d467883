package io.clinicbook.faq;

import static io.clinicbook.faq.FaqFixtures.category;
import static io.clinicbook.faq.FaqFixtures.entry;
import static io.clinicbook.faq.FaqFixtures.published;
import static io.clinicbook.faq.FaqFixtures.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaqJsonLdTest {

    @Test
    void thePublishedFaqIsAnFaqPageOfQuestionsWithAcceptedAnswers() {
        String mine = category();
        entry(mine, text("What should I wear?", "¿Qué ropa debo llevar?"),
                text("Something comfortable.\n\nYou stay dressed.", "Algo cómodo.\n\nNo hace falta desvestirse."), true);
        published(mine, "How long is a visit?", "About half an hour.");
        entry(mine, text("Draft?", null), text("Not yet.", null), false);

        given().queryParam("category", mine).queryParam("locale", "es").get("/api/v1/faqs/jsonld").then()
                .statusCode(200).contentType("application/ld+json")
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("FAQPage"))
                .body("inLanguage", equalTo("es"))
                .body("mainEntity.'@type'", contains("Question", "Question"))
                .body("mainEntity.name", contains("¿Qué ropa debo llevar?", "How long is a visit?"))
                .body("mainEntity.acceptedAnswer.'@type'", contains("Answer", "Answer"))
                .body("mainEntity.acceptedAnswer.text", contains("Algo cómodo.\n\nNo hace falta desvestirse.",
                        "About half an hour."));
    }

    @Test
    void answersStayTextAndCannotBreakOutOfTheScriptElement() throws Exception {
        String mine = category();
        String answer = "Bring <b>nothing</b> & relax.</script><script>alert(1)</script>";
        published(mine, "Is <this> HTML?", answer);

        String body = given().queryParam("category", mine).get("/api/v1/faqs/jsonld").then()
                .statusCode(200).extract().asString();

        assertThat(body).doesNotContain("<", ">", "&");
        JsonNode question = new ObjectMapper().readTree(body).get("mainEntity").get(0);
        assertThat(question.get("name").asText()).isEqualTo("Is <this> HTML?");
        assertThat(question.get("acceptedAnswer").get("text").asText()).isEqualTo(answer);
        given().queryParam("category", mine).get("/api/v1/faqs").then()
                .statusCode(200).body("answer", contains(answer));
    }
}
