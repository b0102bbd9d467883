package io.clinicbook.web;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.uniqueSlug;
import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/** Data the browser tests book against, created through the staff API with names no other test uses. */
final class WidgetFixtures {

    private WidgetFixtures() {
    }

    /** A 30-minute service with a unique English name (Spanish: the same with "(es)"); answers {slug, name}. */
    static String[] service(String audience) {
        String slug = uniqueSlug("visit");
        String name = "Widget visit " + slug.substring(slug.length() - 8);
        asAdmin().body(Map.of("slug", slug, "name", Map.of("en", name, "es", name + " (es)"),
                        "description", Map.of("en", "A visit booked by a browser test."), "durationMinutes", 30,
                        "bufferBeforeMinutes", 0, "bufferAfterMinutes", 0, "audience", audience, "active", true, "displayOrder", 1))
                .post("/api/v1/admin/services").then().statusCode(201);
        return new String[] {slug, name};
    }

    /** The first start the slots API offers for the service in the coming week, as it writes it for {@code tz}. */
    static String firstSlot(String service, String tz) {
        return slots(service, tz).getString("days.find { it.slots.size() > 0 }.slots[0].start");
    }

    static JsonPath slots(String service, String tz) {
        return given().queryParam("service", service).queryParam("tz", tz).get("/api/v1/slots")
                .then().statusCode(200).extract().jsonPath();
    }

    static String clinicPhone() {
        return given().get("/api/v1/clinic").then().statusCode(200).extract().path("phone");
    }
}
