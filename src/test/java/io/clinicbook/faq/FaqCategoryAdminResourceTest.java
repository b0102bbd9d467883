package io.clinicbook.faq;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.Staff.uniqueSlug;
import static io.clinicbook.faq.FaqFixtures.ADMIN_CATEGORIES;
import static io.clinicbook.faq.FaqFixtures.category;
import static io.clinicbook.faq.FaqFixtures.published;
import static io.clinicbook.faq.FaqFixtures.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaqCategoryAdminResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void staffCreateRenameAndDeleteACategory() {
        String slug = uniqueSlug("faq");

        asStaff().body(Map.of("slug", slug, "name", text("First visit", "Primera visita")))
                .post(ADMIN_CATEGORIES).then()
                .statusCode(201).header("Location", endsWith(ADMIN_CATEGORIES + "/" + slug))
                .body("slug", equalTo(slug)).body("name.es", equalTo("Primera visita")).body("entries", equalTo(0));
        asAdmin().body(Map.of("slug", slug, "name", text("Your first visit", "Su primera visita")))
                .put(ADMIN_CATEGORIES + "/{slug}", slug).then()
                .statusCode(200).body("name.en", equalTo("Your first visit"));
        asStaff().get(ADMIN_CATEGORIES + "/{slug}", slug).then().statusCode(200).body("name.es", equalTo("Su primera visita"));

        asStaff().delete(ADMIN_CATEGORIES + "/{slug}", slug).then().statusCode(204);
        asStaff().get(ADMIN_CATEGORIES + "/{slug}", slug).then().statusCode(404).contentType(PROBLEM);
        asStaff().delete(ADMIN_CATEGORIES + "/{slug}", slug).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aCategoryWithEntriesCannotBeDeleted() {
        String slug = category();
        long id = published(slug, "Still here?", "Yes.");

        asStaff().delete(ADMIN_CATEGORIES + "/{slug}", slug).then()
                .statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("The FAQ category '" + slug + "' still holds 1 entry; move or delete them first."));
        given().get("/api/v1/faqs/{id}", id).then().statusCode(200);
    }

    @Test
    void slugsAreUniqueAndFixed() {
        String slug = category();

        asStaff().body(Map.of("slug", slug, "name", text("Again", null))).post(ADMIN_CATEGORIES).then()
                .statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("There is already an FAQ category '" + slug + "'."));
        asStaff().body(Map.of("slug", slug + "-renamed", "name", text("Renamed", null)))
                .put(ADMIN_CATEGORIES + "/{slug}", slug).then()
                .statusCode(400).body("violations[0].field", equalTo("slug"));
        asStaff().body(Map.of("slug", "no-such-category", "name", text("Nothing", null)))
                .put(ADMIN_CATEGORIES + "/no-such-category").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void invalidCategoriesAreRefusedFieldByField() {
        asStaff().body(Map.of("slug", "Not A Slug", "name", text("x".repeat(81), null))).post(ADMIN_CATEGORIES).then()
                .statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("name.en", "slug"))
                .body("violations.message", contains("Please keep the name under 80 characters",
                        "A slug is lower-case words joined by dashes, such as first-visit (and not the word order)"));
        asStaff().body(Map.of("slug", "order", "name", text("Order", null))).post(ADMIN_CATEGORIES).then()
                .statusCode(400).body("violations.field", contains("slug"));
    }

    @Test
    void entriesTakeTheOrderGivenForTheirCategory() {
        String mine = category();
        long first = published(mine, "First?", "1");
        long second = published(mine, "Second?", "2");
        long third = published(mine, "Third?", "3");

        asStaff().body(Map.of("entryIds", List.of(third, first, second)))
                .put(ADMIN_CATEGORIES + "/{slug}/order", mine).then().statusCode(200)
                .body("id", contains((int) third, (int) first, (int) second))
                .body("position", contains(1, 2, 3));
        given().queryParam("category", mine).get("/api/v1/faqs").then()
                .body("id", contains((int) third, (int) first, (int) second));
    }

    @Test
    void anEntryOrderMustNameEachEntryOnce() {
        String mine = category();
        long first = published(mine, "First?", "1");
        long second = published(mine, "Second?", "2");

        for (List<Long> wrong : List.of(List.of(first), List.of(first, first), List.of(first, second, 0L))) {
            asStaff().body(Map.of("entryIds", wrong)).put(ADMIN_CATEGORIES + "/{slug}/order", mine).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("entryIds"))
                    .body("detail", equalTo("Please list each of the 2 entries of '" + mine + "' exactly once; it holds ["
                            + first + ", " + second + "]."));
        }
        asStaff().body(Map.of("entryIds", List.of())).put(ADMIN_CATEGORIES + "/no-such-category/order").then()
                .statusCode(404).contentType(PROBLEM);
    }

    @Test
    void categoriesTakeTheOrderGiven() {
        String a = category();
        String b = category();
        published(a, "In a?", "Yes.");
        published(b, "In b?", "Yes.");
        List<String> order = new ArrayList<>(asStaff().get(ADMIN_CATEGORIES).then().extract().jsonPath().getList("slug"));
        order.removeAll(List.of(a, b));
        order.addAll(0, List.of(b, a));

        List<String> saved = asStaff().body(Map.of("categories", order)).put(ADMIN_CATEGORIES + "/order").then()
                .statusCode(200).extract().jsonPath().getList("slug");

        assertThat(saved).isEqualTo(order);
        List<String> publicOrder = given().get("/api/v1/faq-categories").then().extract().jsonPath().getList("slug");
        assertThat(publicOrder).filteredOn(List.of(a, b)::contains).containsExactly(b, a);
        asStaff().body(Map.of("categories", List.of(a))).put(ADMIN_CATEGORIES + "/order").then()
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("categories"));
    }
}
