package io.clinicbook.catalog;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.asStaff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueResourceTest {

    @Test
    void aCreatedServiceIsPublishedInTheAskedLocale() {
        String slug = CatalogueFixtures.service(40, 5, 10, "NEW_PATIENTS");

        given().queryParam("locale", "es").get("/api/v1/services/{slug}", slug).then()
                .statusCode(200)
                .body("name", equalTo("Visita de prueba"))
                .body("description", equalTo("A visit made by a test."))
                .body("durationMinutes", equalTo(40))
                .body("audience", equalTo("NEW_PATIENTS"))
                .body("locale", equalTo("es"));
        given().get("/api/v1/services").then().statusCode(200).body("slug", hasItem(slug));
    }

    @Test
    void aDeactivatedServiceDisappearsFromThePublicListButStaysForAdmins() {
        String slug = CatalogueFixtures.service(30);
        String body = asAdmin().get("/api/v1/admin/services/{slug}", slug).then().statusCode(200).extract().asString();

        asAdmin().body(body.replace("\"active\":true", "\"active\":false"))
                .put("/api/v1/admin/services/{slug}", slug).then().statusCode(200).body("active", equalTo(false));

        given().get("/api/v1/services").then().body("slug", not(hasItem(slug)));
        given().get("/api/v1/services/{slug}", slug).then().statusCode(404).contentType("application/problem+json");
        asAdmin().get("/api/v1/admin/services").then().body("slug", hasItem(slug));
    }

    @Test
    void practitionersListTheServicesTheyOffer() {
        String first = CatalogueFixtures.service(30);
        String second = CatalogueFixtures.service(45);
        String dr = CatalogueFixtures.practitioner(first);

        given().queryParam("service", first).get("/api/v1/practitioners").then().statusCode(200)
                .body("slug", hasItem(dr));
        given().queryParam("service", second).get("/api/v1/practitioners").then().statusCode(200)
                .body("slug", not(hasItem(dr)));
        given().get("/api/v1/practitioners/{slug}", dr).then().statusCode(200)
                .body("services", contains(first)).body("languages", contains("en"));
    }

    @Test
    void aDuplicateSlugIsAConflict() {
        String slug = CatalogueFixtures.service(30);
        String body = asAdmin().get("/api/v1/admin/services/{slug}", slug).then().extract().asString();

        asAdmin().body(body).post("/api/v1/admin/services").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("There is already a service '" + slug + "'."));
    }

    @Test
    void invalidServicesAreRefusedFieldByField() {
        asAdmin().body("""
                {"slug":"Bad Slug","name":{"es":"solo"},"description":{"en":"x"},"durationMinutes":2,
                 "bufferBeforeMinutes":-1,"bufferAfterMinutes":0,"active":true,"displayOrder":1}""")
                .post("/api/v1/admin/services").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("audience", "bufferBeforeMinutes", "durationMinutes", "name.en", "slug"));
    }

    @Test
    void aPractitionerOfferingAnUnknownServiceIsRefused() {
        asAdmin().body("""
                {"slug":"dr-nobody","displayName":"Dr. Nobody","bio":{"en":"x"},"languages":["en"],
                 "services":["no-such-service"],"active":true,"displayOrder":1}""")
                .post("/api/v1/admin/practitioners").then()
                .statusCode(400).body("violations[0].field", equalTo("services"));
    }

    @Test
    void staffWithoutTheAdminRoleCannotChangeTheCatalogue() {
        asStaff().body("{}").post("/api/v1/admin/services").then()
                .statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/admin/services").then()
                .statusCode(401).header("WWW-Authenticate", "Basic realm=\"clinic-staff\"")
                .contentType("application/problem+json");
    }
}
