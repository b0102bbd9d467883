package io.clinicbook.faq;

import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.faq.FaqFixtures.ADMIN_FAQS;
import static io.clinicbook.faq.FaqFixtures.category;
import static io.clinicbook.faq.FaqFixtures.definition;
import static io.clinicbook.faq.FaqFixtures.published;
import static io.clinicbook.faq.FaqFixtures.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaqCachingTest {

    @Test
    void everyPublicReadHasAStrongTagAndAnswersAMatchingIfNoneMatchWith304() {
        String mine = category();
        long id = published(mine, "Cached?", "Yes.");

        for (String path : new String[] {"/api/v1/faqs?category=" + mine, "/api/v1/faqs/" + id,
                "/api/v1/faqs/jsonld?category=" + mine, "/api/v1/faq-categories?locale=es"}) {
            String tag = given().get(path).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=300")
                    .header("ETag", startsWith("\""))
                    .extract().header("ETag");

            given().header("If-None-Match", tag).get(path).then()
                    .statusCode(304).header("ETag", tag).header("Cache-Control", "public, max-age=300")
                    .body(emptyString());
            given().header("If-None-Match", "W/" + tag).get(path).then().statusCode(304).header("ETag", tag);
            given().header("If-None-Match", "\"other\", W/" + tag).get(path).then().statusCode(304);
            given().header("If-None-Match", "\"a,b\"," + tag).get(path).then().statusCode(304);
            given().header("If-None-Match", "*").get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200).header("ETag", tag);
            given().header("If-None-Match", "\"other\", W/\"another\"").get(path).then().statusCode(200);
            // "*" stands only alone (RFC 9110, 13.1.2), and W/ is case-sensitive: neither of these names the tag.
            given().header("If-None-Match", "\"other\", *").get(path).then().statusCode(200);
            given().header("If-None-Match", "w/" + tag).get(path).then().statusCode(200);
        }
    }

    @Test
    void theTagIsTheContentsAndChangesWithIt() {
        String mine = category();
        long id = published(mine, "Will this change?", "Not yet.");
        String path = "/api/v1/faqs/" + id;
        String before = given().get(path).then().extract().header("ETag");

        assertThat(given().get(path).then().extract().header("ETag")).isEqualTo(before);
        asStaff().body(definition(mine, text("Will this change?", null), text("It did.", null), true))
                .put(ADMIN_FAQS + "/{id}", id).then().statusCode(200);

        given().header("If-None-Match", before).get(path).then()
                .statusCode(200).header("ETag", not(equalTo(before))).body("answer", equalTo("It did."));
    }
}
