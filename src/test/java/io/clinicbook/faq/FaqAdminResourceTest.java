package io.clinicbook.faq;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.faq.FaqFixtures.ADMIN_CATEGORIES;
import static io.clinicbook.faq.FaqFixtures.ADMIN_FAQS;
import static io.clinicbook.faq.FaqFixtures.category;
import static io.clinicbook.faq.FaqFixtures.definition;
import static io.clinicbook.faq.FaqFixtures.published;
import static io.clinicbook.faq.FaqFixtures.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.clinicbook.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaqAdminResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void staffCreateReadUpdateAndDeleteAnEntry() {
        String mine = category();
        clock.setInstant(Instant.parse("2026-03-02T15:00:00.123456789Z"));

        String location = asStaff().body(Map.of("category", mine,
                        "question", text("What should I wear?", "¿Qué ropa debo llevar?"),
                        "answer", text("Something comfortable.\n\nYou stay dressed.", null),
                        "tags", List.of("first-visit", "ropa-cómoda"), "published", false))
                .post(ADMIN_FAQS).then()
                .statusCode(201)
                .body("category", equalTo(mine))
                .body("question.es", equalTo("¿Qué ropa debo llevar?"))
                .body("answer.en", equalTo("Something comfortable.\n\nYou stay dressed."))
                .body("tags", contains("first-visit", "ropa-cómoda"))
                .body("published", equalTo(false))
                .body("position", equalTo(1))
                .body("updatedAt", equalTo("2026-03-02T15:00:00Z"))
                .extract().header("Location");
        long id = asStaff().get(location).then().statusCode(200).extract().jsonPath().getLong("id");
        assertThat(location).endsWith(ADMIN_FAQS + "/" + id);

        clock.setInstant(Instant.parse("2026-03-09T08:30:00Z"));
        asAdmin().body(definition(mine, text("What do I wear?", null), text("Loose clothes.", null), true))
                .put(ADMIN_FAQS + "/{id}", id).then().statusCode(200)
                .body("question.en", equalTo("What do I wear?"))
                .body("published", equalTo(true))
                .body("updatedAt", equalTo("2026-03-09T08:30:00Z"));
        given().get("/api/v1/faqs/{id}", id).then().statusCode(200).body("answer", equalTo("Loose clothes."));

        asStaff().delete(ADMIN_FAQS + "/{id}", id).then().statusCode(204);
        asStaff().get(ADMIN_FAQS + "/{id}", id).then().statusCode(404).contentType(PROBLEM);
        asStaff().delete(ADMIN_FAQS + "/{id}", id).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/faqs/{id}", id).then().statusCode(404);
    }

    @Test
    void publishingShowsAnEntryAndUnpublishingHidesIt() {
        String mine = category();
        long id = FaqFixtures.entry(mine, text("Soon?", null), text("Soon.", null), false);

        asStaff().post(ADMIN_FAQS + "/{id}/publish", id).then().statusCode(200).body("published", equalTo(true));
        given().get("/api/v1/faqs/{id}", id).then().statusCode(200);

        asStaff().post(ADMIN_FAQS + "/{id}/unpublish", id).then().statusCode(200).body("published", equalTo(false));
        given().get("/api/v1/faqs/{id}", id).then().statusCode(404);
        asStaff().queryParam("category", mine).get(ADMIN_FAQS).then().statusCode(200).body("id", contains((int) id));
    }

    @Test
    void unknownEntriesAreNotFound() {
        long missing = Long.MAX_VALUE;
        asStaff().get(ADMIN_FAQS + "/{id}", missing).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("There is no FAQ entry " + missing + "."));
        asStaff().body(definition(category(), text("Q?", null), text("A.", null), true))
                .put(ADMIN_FAQS + "/{id}", missing).then().statusCode(404).contentType(PROBLEM);
        asStaff().post(ADMIN_FAQS + "/{id}/publish", missing).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        given().get(ADMIN_FAQS).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Basic realm=\"clinic-staff\"");
        given().contentType(ContentType.JSON).body(definition("x", text("Q?", null), text("A.", null), true))
                .post(ADMIN_FAQS).then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("slug", "x", "name", text("X", null)))
                .post(ADMIN_CATEGORIES).then().statusCode(401).contentType(PROBLEM);
        given().delete(ADMIN_CATEGORIES + "/x").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void invalidEntriesAreRefusedFieldByField() {
        asStaff().body(Map.of("category", category(),
                        "question", text("x".repeat(301), "y".repeat(301)),
                        "answer", Map.of("es", "solo español"),
                        "tags", List.of("Not A Tag", "ok", "o", "p", "q", "r", "s", "t", "u", "v", "w"),
                        "published", true))
                .post(ADMIN_FAQS).then()
                .statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("answer.en", "question.en", "question.es", "tags", "tags[0]"))
                .body("violations.message", contains("Please give the English text",
                        "Please keep the question under 300 characters", "Please keep the question under 300 characters",
                        "Please use at most 10 tags", "A tag is lower-case words joined by dashes, such as first-visit"));
        asStaff().body(Map.of("category", category(), "question", text("Q?", null), "answer", text("x".repeat(4001), null)))
                .post(ADMIN_FAQS).then()
                .statusCode(400).body("violations.field", contains("answer.en"))
                .body("detail", equalTo("Please keep the text under 4000 characters"));
    }

    @Test
    void anUnknownCategoryIsABadRequestNamingTheField() {
        asStaff().body(definition("no-such-category", text("Q?", null), text("A.", null), true))
                .post(ADMIN_FAQS).then()
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("category"))
                .body("detail", equalTo("There is no FAQ category 'no-such-category'."));
    }

    @Test
    void movingAnEntryPutsItLastInItsNewCategory() {
        String from = category();
        String to = category();
        long moving = published(from, "Moving?", "Yes.");
        long staying = published(to, "Staying?", "Yes.");

        asStaff().body(definition(to, text("Moving?", null), text("Yes.", null), true))
                .put(ADMIN_FAQS + "/{id}", moving).then().statusCode(200)
                .body("category", equalTo(to)).body("position", equalTo(2));
        given().queryParam("category", to).get("/api/v1/faqs").then().body("id", contains((int) staying, (int) moving));
    }
}
