package io.clinicbook.booking.request;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.clinicbook.booking.BookingFixtures.post;
import static io.clinicbook.booking.BookingFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.booking.OnAFixedMorning;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AppointmentRequestTest extends OnAFixedMorning {


    @Test
    void aRequestIsConfirmedAtOnceWithAReferenceAndAManageToken() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);

        var created = post(request(service, dr, november(4, 9, 0))).statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/appointments/[2-9A-HJKMNP-Z]{8}"))
                .body("reference", matchesPattern("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}"))
                .body("status", equalTo("CONFIRMED"))
                .body("service", equalTo(service))
                .body("practitioner", equalTo(dr))
                .body("start", equalTo("2026-11-04T09:00:00-05:00"))
                .body("end", equalTo("2026-11-04T09:30:00-05:00"))
                .body("manageToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .extract();

        asAdmin().get("/api/v1/admin/appointments/{ref}", created.<String>path("reference")).then().statusCode(200)
                .body("patient.firstName", equalTo("Test"))
                .body("reason", equalTo("Stiff neck"))
                .body(not(containsString(created.<String>path("manageToken"))));
    }

    @Test
    void theSameSlotTwiceIsAConflictThatSuggestsOtherSlots() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        post(request(service, dr, november(4, 10, 0))).statusCode(201);

        post(request(service, dr, november(4, 10, 0))).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/slot-taken"))
                .body("nextSlots.start", contains("2026-11-04T10:30:00-05:00", "2026-11-04T10:45:00-05:00",
                        "2026-11-04T11:00:00-05:00"))
                .body("nextSlots.practitioner", everyItem(equalTo(dr)))
                .body("extensions", nullValue());
    }

    @Test
    void aStartTheSlotSearchWouldNotOfferIsRefusedByTheSameRules() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);

        post(request(service, dr, november(4, 7, 0))).statusCode(422)
                .body("type", equalTo("https://clinicbook.io/problems/outside-working-hours"));
        post(request(service, dr, november(4, 17, 45))).statusCode(422)
                .body("type", equalTo("https://clinicbook.io/problems/outside-working-hours"));
        post(request(service, dr, november(4, 9, 5))).statusCode(422)
                .body("type", equalTo("https://clinicbook.io/problems/not-a-slot"));
        post(request(service, dr, november(2, 8, 30))).statusCode(422)
                .body("type", equalTo("https://clinicbook.io/problems/minimum-notice"));
        post(request(service, dr, november(7, 9, 0))).statusCode(422)
                .body("type", equalTo("https://clinicbook.io/problems/outside-working-hours"));
        post(request(service, CatalogueFixtures.practitioner(CatalogueFixtures.service(30)), november(4, 9, 0))).statusCode(422)
                .body("type", equalTo("https://clinicbook.io/problems/not-offered"));
    }

    @Test
    void overlapsThroughBuffersCount() {
        String buffered = CatalogueFixtures.service(30, 0, 15, "ANYONE");
        String plain = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(buffered, plain);
        post(request(buffered, dr, november(4, 9, 0))).statusCode(201);

        post(request(plain, dr, november(4, 9, 30))).statusCode(409);
        post(request(plain, dr, november(4, 9, 45))).statusCode(201);
    }

    @Test
    void aReferenceAlreadyInUseIsDrawnAgain() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        String taken = post(request(service, dr, november(5, 9, 0))).statusCode(201).extract().path("reference");
        String fresh = new ReferenceCodes().next();
        QuarkusMock.installMockForType(new ReferenceCodes() {
            private int drawn;

            @Override
            String next() {
                return drawn++ == 0 ? taken : fresh;
            }
        }, ReferenceCodes.class);

        post(request(service, dr, november(5, 10, 0))).statusCode(201).body("reference", equalTo(fresh));
    }

    @Test
    void withoutAPractitionerTheClinicAssignsOneWhoIsFree() {
        String service = CatalogueFixtures.service(30);
        String first = BookingFixtures.practitioner(service);
        String second = BookingFixtures.practitioner(service);
        var start = november(5, 11, 0);

        String a = post(request(service, null, start)).statusCode(201).extract().path("practitioner");
        String b = post(request(service, null, start)).statusCode(201).extract().path("practitioner");

        assertThat(List.of(a, b)).containsExactlyInAnyOrder(first, second);
        post(request(service, null, start)).statusCode(409);
    }

    @Test
    void aServiceForNewPatientsRefusesReturningOnes() {
        String service = CatalogueFixtures.service(60, 0, 0, "NEW_PATIENTS");
        String dr = BookingFixtures.practitioner(service);

        post(request(service, dr, november(4, 13, 0))).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://clinicbook.io/problems/audience"));
        Map<String, Object> newcomer = request(service, dr, november(4, 13, 0));
        newcomer.put("newPatient", true);
        post(newcomer).statusCode(201);
    }

    @Test
    void aParentBooksForABabyWithoutEmailOrPhone() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        Map<String, Object> body = request(service, dr, november(4, 14, 0));
        body.put("patient", Map.of("firstName", "Baby", "lastName", "Rivera", "dateOfBirth", "2026-06-01"));

        post(body).statusCode(400).body("violations[0].field", equalTo("patient.email"));

        body.put("contact", Map.of("firstName", "Rosa", "lastName", "Rivera", "email", "Rosa.Rivera@example.org",
                "phone", "+1 555 010 9999", "relationship", "parent"));
        String reference = post(body).statusCode(201).extract().path("reference");
        asAdmin().get("/api/v1/admin/appointments/{ref}", reference).then()
                .body("patient.firstName", equalTo("Baby"))
                .body("patientDateOfBirth", equalTo("2026-06-01"))
                .body("contact.email", equalTo("rosa.rivera@example.org"))
                .body("contactRelationship", equalTo("parent"));
    }

    @Test
    void withoutAContactThePatientNeedsBothEmailAndPhone() {
        String service = CatalogueFixtures.service(30);
        String dr = BookingFixtures.practitioner(service);
        for (Map<String, Object> patient : List.of(
                Map.<String, Object>of("firstName", "Only", "lastName", "Email", "email", "only.email@example.org"),
                Map.<String, Object>of("firstName", "Only", "lastName", "Phone", "phone", "+1 555 010 4444"),
                Map.<String, Object>of("firstName", "Empty", "lastName", "Email", "email", "", "phone", "+1 555 010 4444"))) {
            Map<String, Object> body = request(service, dr, november(4, 15, 0));
            body.put("patient", patient);
            post(body).statusCode(400).body("violations[0].field", equalTo("patient.email"));
        }
        post(request(service, dr, november(4, 15, 0))).statusCode(201);
    }

    @Test
    void theContractStatesWhoMustBeReachable() {
        // What the server enforces (the test above): a contact, or the patient's email and phone, neither empty.
        Map<String, Object> schema = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().path("components.schemas.AppointmentRequest");
        assertThat(schema.get("anyOf")).isEqualTo(List.of(
                Map.of("required", List.of("contact")),
                Map.of("properties", Map.of("patient", Map.of("required", List.of("email", "phone"),
                        "properties", Map.of("email", Map.of("minLength", 1), "phone", Map.of("minLength", 1)))))));
        assertThat((String) schema.get("description")).contains("contact").contains("email and phone");
    }

    @Test
    void invalidRequestsNameEveryFieldAtFault() {
        post(Map.of("service", "x", "start", "2026-11-04T09:00:00-05:00",
                "patient", Map.of("firstName", "", "email", "not-an-email", "phone", "call me"),
                "reason", "x".repeat(1001))).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("consentToContact", "newPatient", "patient.email",
                        "patient.firstName", "patient.lastName", "patient.phone", "reason")));
    }

    @Test
    void aStartWithoutOffsetOrAnUnknownServiceIsRefused() {
        String service = CatalogueFixtures.service(30);
        Map<String, Object> body = request(service, null, november(4, 9, 0));
        body.put("start", "2026-11-04T09:00:00");
        post(body).statusCode(400).body("violations[0].field", equalTo("start"));

        post(request("no-such-service", null, november(4, 9, 0))).statusCode(400)
                .body("violations[0].field", equalTo("service"));
        post(request(service, "dr-nobody", november(4, 9, 0))).statusCode(400)
                .body("violations[0].field", equalTo("practitioner"));
    }
}
