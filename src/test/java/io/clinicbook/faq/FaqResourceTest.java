package io.clinicbook.faq;

import static io.clinicbook.faq.FaqFixtures.category;
import static io.clinicbook.faq.FaqFixtures.entry;
import static io.clinicbook.faq.FaqFixtures.published;
import static io.clinicbook.faq.FaqFixtures.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaqResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void thePublicSeesPublishedEntriesByCategoryThenByPlace() {
        String first = category();
        String second = category();
        long secondOnly = published(second, "Second category question?", "Answer.");
        long one = published(first, "First question?", "Answer one.");
        long two = published(first, "Second question?", "Answer two.");
        long hidden = entry(first, text("Draft question?", null), text("Draft.", null), false);

        List<Long> ids = given().get("/api/v1/faqs").then().statusCode(200).extract().jsonPath().getList("id", Long.class);

        assertThat(ids).filteredOn(List.of(one, two, secondOnly, hidden)::contains).containsExactly(one, two, secondOnly);
    }

    @Test
    void aCategoryFilterKeepsOnlyItsEntries() {
        String mine = category();
        long one = published(mine, "Mine?", "Yes.");
        long other = published(category(), "Not mine?", "No.");

        given().queryParam("category", mine).get("/api/v1/faqs").then().statusCode(200)
                .body("id", contains((int) one))
                .body("category", contains(mine))
                .body("question", contains("Mine?"))
                .body("tags[0]", contains("test"))
                .body("id", not(hasItem((int) other)));
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        given().queryParam("category", "no-such-category").get("/api/v1/faqs").then()
                .statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no FAQ category 'no-such-category'."));
    }

    @Test
    void searchIgnoresCaseAndAccentsInQuestionsAndAnswers() {
        String mine = category();
        long child = entry(mine, text("Can my child come?", "¿Puede venir mi niño?"), text("Yes.", "Sí."), true);
        long baby = entry(mine, text("Is it gentle?", null), text("Very: the bebé of a Spanish-speaking family sleeps through it.", null), true);

        given().queryParam("category", mine).queryParam("q", "nino").get("/api/v1/faqs").then()
                .statusCode(200).body("id", contains((int) child));
        given().queryParam("category", mine).queryParam("q", "BEBE").get("/api/v1/faqs").then()
                .statusCode(200).body("id", contains((int) baby));
        given().queryParam("category", mine).queryParam("q", "NIÑO puede").get("/api/v1/faqs").then()
                .statusCode(200).body("id", contains((int) child));
        given().queryParam("category", mine).queryParam("q", "niño gentle").get("/api/v1/faqs").then()
                .statusCode(200).body("id", empty());
    }

    @Test
    void searchWildcardsAreTakenLiterally() {
        String mine = category();
        long percent = published(mine, "Is it 100% gentle?", "Yes.");
        published(mine, "Is it gentle?", "Yes.");

        given().queryParam("category", mine).queryParam("q", "%").get("/api/v1/faqs").then()
                .statusCode(200).body("id", contains((int) percent));
        given().queryParam("category", mine).queryParam("q", "_s").get("/api/v1/faqs").then()
                .statusCode(200).body("id", empty());
    }

    @Test
    void aTooLongSearchIsABadRequest() {
        given().queryParam("q", "x".repeat(101)).get("/api/v1/faqs").then()
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("q"))
                .body("detail", equalTo("Please keep the search under 100 characters"));
    }

    @Test
    void entriesComeInTheAskedLocaleAndMissingTranslationsInTheClinicDefault() {
        String mine = category();
        long translated = entry(mine, text("What should I wear?", "¿Qué ropa debo llevar?"),
                text("Something comfortable.", "Algo cómodo."), true);
        long englishOnly = published(mine, "How long is a visit?", "About half an hour.");

        given().queryParam("locale", "es").get("/api/v1/faqs/{id}", translated).then().statusCode(200)
                .body("question", equalTo("¿Qué ropa debo llevar?")).body("answer", equalTo("Algo cómodo."))
                .body("locale", equalTo("es"));
        given().queryParam("locale", "es").get("/api/v1/faqs/{id}", englishOnly).then().statusCode(200)
                .body("question", equalTo("How long is a visit?")).body("answer", equalTo("About half an hour."))
                .body("locale", equalTo("es"));
        given().get("/api/v1/faqs/{id}", translated).then().statusCode(200)
                .body("question", equalTo("What should I wear?")).body("locale", equalTo("en"));
    }

    @Test
    void anUnsupportedLocaleIsABadRequest() {
        given().queryParam("locale", "fr").get("/api/v1/faqs").then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("locale"));
        given().queryParam("locale", "xx").get("/api/v1/faqs/jsonld").then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("locale"));
    }

    @Test
    void anUnpublishedEntryIsNotFoundForThePublic() {
        String mine = category();
        long draft = entry(mine, text("Draft?", null), text("Not yet.", null), false);

        given().get("/api/v1/faqs/{id}", draft).then()
                .statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no published FAQ entry " + draft + "."));
        given().queryParam("category", mine).get("/api/v1/faqs").then().statusCode(200).body("id", empty());
        given().get("/api/v1/faqs/not-a-number").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void categoriesWithPublishedEntriesAreListedInTheAskedLocale() {
        String published = category();
        String empty = category();
        published(published, "Question?", "Answer.");
        entry(empty, text("Draft?", null), text("Draft.", null), false);

        given().queryParam("locale", "es").get("/api/v1/faq-categories").then().statusCode(200)
                .body("slug", hasItem(published))
                .body("slug", not(hasItem(empty)))
                .body("find { it.slug == '" + published + "' }.name", equalTo("Category " + published))
                .body("find { it.slug == '" + published + "' }.locale", equalTo("es"));
    }
}
