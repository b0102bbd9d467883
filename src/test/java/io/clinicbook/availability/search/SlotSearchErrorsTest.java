package io.clinicbook.availability.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every way a slot search can be asked wrongly is a problem+json that names what is wrong. */
@QuarkusTest
class SlotSearchErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse get(String query) {
        return given().get("/api/v1/slots?" + query).then().contentType(PROBLEM);
    }

    private static void badParameter(String query, String parameter) {
        get(query).statusCode(400).body("status", equalTo(400))
                .body("violations[0].field", equalTo(parameter)).body("instance", equalTo("/api/v1/slots"));
    }

    @Test
    void aMissingServiceIsABadRequest() {
        badParameter("from=2026-03-10", "service");
    }

    @Test
    void anUnknownServiceIsNotFound() {
        get("service=massage").statusCode(404).body("detail", equalTo("There is no service 'massage'."));
    }

    @Test
    void anUnknownPractitionerIsNotFound() {
        get("service=" + CatalogueFixtures.service(30) + "&practitioner=dr-who").statusCode(404)
                .body("detail", equalTo("There is no practitioner 'dr-who'."));
    }

    @Test
    void toBeforeFromIsABadRequest() {
        badParameter("service=" + CatalogueFixtures.service(30) + "&from=2026-03-10&to=2026-03-09", "to");
    }

    @Test
    void moreThanThirtyOneDaysIsABadRequest() {
        String service = CatalogueFixtures.service(30);
        given().get("/api/v1/slots?service=" + service + "&from=2026-03-01&to=2026-03-31").then().statusCode(200);
        badParameter("service=" + service + "&from=2026-03-01&to=2026-04-01", "to");
    }

    @Test
    void malformedDatesAreBadRequestsNamingTheParameter() {
        String service = CatalogueFixtures.service(30);
        badParameter("service=" + service + "&from=2026-02-30", "from");
        badParameter("service=" + service + "&from=2026-03-01&to=next-week", "to");
        badParameter("service=" + service + "&from=10/03/2026", "from");
    }

    @Test
    void anUnknownZoneIsABadRequest() {
        get("service=" + CatalogueFixtures.service(30) + "&tz=Mars/Olympus_Mons").statusCode(400)
                .body("violations[0].field", equalTo("tz")).body("detail", containsString("Mars/Olympus_Mons"));
    }
}
