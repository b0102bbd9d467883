package io.clinicbook.availability;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;

/** Slot searches as the public makes them, and the parts of the answer tests look at. */
public final class SlotQueries {

    private SlotQueries() {
    }

    /** A successful search; {@code more} are further parameters as name, value pairs (practitioner, tz). */
    public static JsonPath search(String service, String from, String to, String... more) {
        RequestSpecification request = given().queryParam("service", service).queryParam("from", from).queryParam("to", to);
        for (int i = 0; i < more.length; i += 2) {
            request.queryParam(more[i], more[i + 1]);
        }
        return request.get("/api/v1/slots").then().statusCode(200).extract().jsonPath();
    }

    /** The starts of the slots of one clinic-local date, as sent. */
    public static List<String> starts(JsonPath slots, String date) {
        return slots.getList("days.find { it.date == '" + date + "' }.slots.start");
    }

    public static String reason(JsonPath slots, String date) {
        return slots.getString("days.find { it.date == '" + date + "' }.reason");
    }
}
