package io.clinicbook.booking.metrics;

import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.booking.BookingFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class MetricsTest extends OnAFixedMorning {


    @Test
    void bookingCountersRiseOnMetrics() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        Map<String, Double> before = counters();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request(service, dr, november(4, 9, 0));

        var created = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appointments").then().statusCode(201).extract();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appointments").then().statusCode(201);
        BookingFixtures.post(request(service, dr, november(4, 9, 0))).statusCode(409);
        given().header("X-Manage-Token", created.<String>path("manageToken")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", created.<String>path("reference")).then().statusCode(200);

        Map<String, Double> after = counters();
        for (String counter : new String[] {"requested", "confirmed", "cancelled", "conflicts", "idempotent_replays"}) {
            assertThat(after.get(counter) - before.get(counter)).as(counter).isEqualTo(1.0);
        }
    }

    public static Map<String, Double> counters() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> values = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^clinic_appointments_(\\w+)_total(?:\\{[^}]*})? ([0-9.E]+)$").matcher(metrics);
        while (m.find()) {
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return values;
    }
}
