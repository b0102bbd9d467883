package io.clinicbook.booking.request;

import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.booking.BookingFixtures.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Field messages and problems follow the request's locale: the body's {@code locale}, else Accept-Language. */
@QuarkusTest
class LocalizedRequestTest extends OnAFixedMorning {

    static final String BAD_EMAIL_ES = "Indique una dirección de correo electrónico válida";

    String service;
    String dr;

    @BeforeEach
    void bookable() {
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
    }

    @Test
    void theBodysLocaleGivesSpanishFieldMessages() {
        Map<String, Object> body = withEmail("ana..garcia@example.org");
        body.put("locale", "es");
        send(body, null).statusCode(400)
                .body("title", equalTo("Su solicitud tiene campos no válidos"))
                .body("detail", equalTo(BAD_EMAIL_ES))
                .body("violations[0].field", equalTo("patient.email"))
                .body("violations[0].message", equalTo(BAD_EMAIL_ES));
    }

    @Test
    void acceptLanguageGivesSpanishWhenTheBodyHasNoLocale() {
        Map<String, Object> body = withEmail("ana..garcia@example.org");
        body.remove("locale");
        send(body, "es-MX,es;q=0.9,en;q=0.5").statusCode(400)
                .body("violations[0].message", equalTo(BAD_EMAIL_ES));
    }

    @Test
    void theBodysLocaleWinsOverAcceptLanguage() {
        Map<String, Object> body = withEmail("ana..garcia@example.org");
        body.put("locale", "en");
        send(body, "es").statusCode(400)
                .body("title", equalTo("Your request has invalid fields"))
                .body("violations[0].message", equalTo("Please give a valid email address"));
    }

    @Test
    void aTakenSlotIsExplainedInSpanish() {
        BookingFixtures.post(request(service, dr, november(4, 10, 0))).statusCode(201);
        Map<String, Object> body = request(service, dr, november(4, 10, 0));
        body.put("locale", "es");
        send(body, null).statusCode(409)
                .body("title", equalTo("Hora ocupada"))
                .body("detail", equalTo("Alguien acaba de reservar esa hora. Elija otra; nextSlots indica las siguientes libres."));
    }

    @Test
    void aPolicyViolationIsExplainedInSpanish() {
        Map<String, Object> body = request(service, dr, november(4, 10, 7));
        body.put("locale", "es");
        send(body, null).statusCode(422)
                .body("title", equalTo("La política de reservas de la clínica no lo permite"))
                .body("detail", equalTo("Las visitas empiezan en las horas de la clínica. Elija una hora de la búsqueda de horas libres."));
    }

    @Test
    void anUnknownPatientTimeZoneIsAFieldErrorInTheRequestsLocale() {
        Map<String, Object> body = request(service, dr, november(4, 11, 0));
        body.put("patientTimeZone", "Mars/Olympus_Mons");
        send(body, null).statusCode(400)
                .body("violations[0].field", equalTo("patientTimeZone"))
                .body("violations[0].message", equalTo("Please give an IANA time zone such as America/New_York"));
        body.put("locale", "es");
        send(body, null).statusCode(400)
                .body("violations[0].field", equalTo("patientTimeZone"))
                .body("violations[0].message", equalTo("Indique una zona horaria IANA, como America/New_York"));
    }

    @Test
    void aKnownPatientTimeZoneIsAccepted() {
        Map<String, Object> body = request(service, dr, november(4, 11, 30));
        body.put("patientTimeZone", "Asia/Tokyo");
        send(body, null).statusCode(201);
    }

    /** The manage page sends no body locale: Accept-Language, which the widget sets to its language, decides. */
    @Test
    void theCancellationCutOffIsExplainedInSpanishWithTheClinicsPhone() {
        String[] booked = BookingFixtures.book(service, dr, november(4, 13, 0));
        clock.setInstant(november(3, 13, 30).toInstant());
        String phone = given().get("/api/v1/clinic").then().extract().path("phone");
        given().header("X-Manage-Token", booked[1]).header("Accept-Language", "es").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appointments/{ref}/cancel", booked[0]).then()
                .statusCode(422)
                .body("title", equalTo("Ya no se puede cambiar en línea"))
                .body("detail", equalTo("Las citas se pueden cancelar o cambiar en línea hasta 24 horas antes de la visita. "
                        + "Llame a la clínica al " + phone + "."));
    }

    private Map<String, Object> withEmail(String email) {
        Map<String, Object> body = request(service, dr, november(4, 9, 0));
        @SuppressWarnings("unchecked")
        Map<String, Object> patient = (Map<String, Object>) body.get("patient");
        patient.put("email", email);
        return body;
    }

    private static ValidatableResponse send(Map<String, Object> body, String acceptLanguage) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.post("/api/v1/appointments").then();
    }
}
