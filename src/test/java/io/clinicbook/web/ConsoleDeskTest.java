package io.clinicbook.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.booking.BookingFixtures.november;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import io.clinicbook.booking.BookingFixtures;
import io.clinicbook.catalog.CatalogueFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The front desk in Chromium: a receptionist signs in, confirms one request and declines another, a second
 * desk sees a new web booking arrive by itself, and sign-out ends the session on the server. Each step is
 * checked through the API too. axe-core at 1280 px and 768 px.
 */
@QuarkusTest
class ConsoleDeskTest extends BrowserTest {

    private static final String PASSWORD = "a-long-desk-password";

    String settings;
    String service;
    String dr;
    String user;

    @BeforeEach
    void requestsWaitForConfirmation() {
        settings = asAdmin().get("/api/v1/admin/clinic").then().extract().asString();
        asAdmin().body(settings.replace("\"requiresConfirmation\":false", "\"requiresConfirmation\":true"))
                .put("/api/v1/admin/clinic").then().statusCode(200);
        service = CatalogueFixtures.service(30);
        dr = BookingFixtures.practitioner(service);
        user = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("username", user, "password", PASSWORD, "role", "staff")).post("/api/v1/admin/staff-users").then().statusCode(201);
    }

    @AfterEach
    void restoreSettings() {
        asAdmin().body(settings).put("/api/v1/admin/clinic").then().statusCode(200);
    }

    @Test
    void aReceptionistConfirmsOneRequestDeclinesAnotherAndSignsOut() {
        String first = BookingFixtures.post(named(november(3, 10, 0), "Rosa", "Alvarez")).statusCode(201).extract().path("reference");
        String second = BookingFixtures.post(named(november(3, 11, 0), "Omar", "Haddad")).statusCode(201).extract().path("reference");

        Page desk = signedIn(page(1280, 900, CLINIC_ZONE));
        Locator rosa = request(desk, first);
        assertThat(rosa).containsText("Rosa Alvarez");
        assertThat(rosa).containsText("10:00");
        assertThat(request(desk, second)).containsText("Omar Haddad");
        assertAccessible(desk, "desk with two requests, 1280 px");
        screenshot(desk, "console-queue");

        rosa.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();
        assertThat(rosa).isHidden();
        assertThat(desk.locator("#queue-status")).hasText(first + " confirmed.");
        asAdmin().get("/api/v1/admin/appointments/{reference}", first).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));

        Locator omar = request(desk, second);
        omar.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline")).click();
        Locator reasonError = omar.locator(".error");
        assertThat(reasonError).not().isEmpty();
        assertThat(omar.getByLabel("Reason for declining (the patient may be told)")).isFocused();
        omar.getByLabel("Reason for declining (the patient may be told)").fill("Please book the new-patient exam first");
        omar.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline")).click();
        assertThat(omar).isHidden();
        asAdmin().get("/api/v1/admin/appointments/{reference}/history", second).then().statusCode(200)
                .body("to", org.hamcrest.Matchers.hasItem("DECLINED"))
                .body("actor", org.hamcrest.Matchers.hasItem(user))
                .body("reason", org.hamcrest.Matchers.hasItem("Please book the new-patient exam first"));

        desk.locator("#date").fill("2026-11-03");
        Locator day = desk.locator("#day");
        assertThat(desk.locator("#day-heading")).hasText("Visits on Tuesday, November 3");
        assertThat(day).containsText("10:00–10:30 Rosa Alvarez");
        assertThat(day.locator("li[data-reference='" + first + "'] .status")).hasText("Confirmed");
        screenshot(desk, "console-day");

        // Before the visit the server refuses a no-show, in its words beside the row; after it, the desk marks one.
        Locator rosasVisit = day.locator("li[data-reference='" + first + "']");
        rosasVisit.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("No-show")).click();
        assertThat(rosasVisit.locator(".error")).hasText("A visit can be marked completed or no-show only once it has started.");
        // The next morning the session has ended (30 minutes unused): the desk goes back to sign-in by itself.
        clock.setInstant(november(3, 10, 45).toInstant());
        desk.waitForURL(url("/console/"));
        signedIn(desk);
        desk.locator("#date").fill("2026-11-03");
        rosasVisit.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("No-show")).click();
        assertThat(rosasVisit.locator(".status")).hasText("No-show");
        asAdmin().get("/api/v1/admin/appointments/{reference}", first).then().body("status", org.hamcrest.Matchers.equalTo("NO_SHOW"));

        List<Cookie> cookies = desk.context().cookies();
        String session = cookies.stream().filter(c -> c.name.equals("clinic_session")).findFirst().orElseThrow().value;
        desk.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        desk.waitForURL(url("/console/"));
        given().cookie("clinic_session", session).get("/api/v1/admin/appointments").then().statusCode(401);
        assertThat(requested).noneMatch(address -> address.contains("Rosa") || address.contains("Alvarez") || address.contains("Omar"));
    }

    @Test
    void aSecondDeskSeesANewWebBookingWithinFiveSecondsWithoutReloading() {
        Page desk = signedIn(page(768, 1024, CLINIC_ZONE));
        assertThat(desk.locator("#queue-status")).hasText("No request is waiting.");
        assertAccessible(desk, "empty desk, 768 px");

        String reference = BookingFixtures.post(named(november(4, 9, 0), "Lena", "Fischer")).statusCode(201).extract().path("reference");

        assertThat(request(desk, reference)).containsText("Lena Fischer", new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
        assertAccessible(desk, "desk with a new request, 768 px");
        screenshot(desk, "console-queue-tablet");

        // The same desk in Spanish: the server's texts as well as the page's.
        desk.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(desk.locator("#queue-heading")).hasText("Solicitudes pendientes", new LocatorAssertions.HasTextOptions().setUseInnerText(true));
        assertThat(desk.locator("#queue-status")).hasText("1 pendiente");
        assertThat(request(desk, reference)).containsText("miércoles, 4 de noviembre 09:00");
        assertThat(request(desk, reference)).containsText("paciente habitual");
        assertThat(desk.locator("#day-heading")).hasText("Visitas del lunes, 2 de noviembre");
        assertAccessible(desk, "desk in Spanish, 768 px");
        screenshot(desk, "console-queue-es");
    }

    @Test
    void aConsolePageWithoutASessionLeadsToSignIn() {
        Page page = desktop();
        page.navigate(url("/console/desk"));
        page.waitForURL(url("/console/"));
        assertAccessible(page, "sign-in, 1280 px");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("#form-error")).hasText("The user name or the password is wrong.");
        assertAccessible(page, "sign-in refused");
        screenshot(page, "console-sign-in");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
        page.getByLabel("Contraseña").fill("not-the-password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).click();
        assertThat(page.locator("#form-error")).hasText("El usuario o la contraseña no son correctos.");
        screenshot(page, "console-sign-in-es");
    }

    /**
     * The speed the issue asks for (a day of 40 visits with 5 practitioners usable within 1 s on loopback), measured
     * here and written in BENCHMARKS.md, not asserted: the time from navigating to the desk until the day lists them.
     */
    @Test
    void aDayOfFortyVisitsWithFivePractitioners() {
        List<String> five = List.of(dr, BookingFixtures.practitioner(service), BookingFixtures.practitioner(service),
                BookingFixtures.practitioner(service), BookingFixtures.practitioner(service));
        for (int visit = 0; visit < 40; visit++) {
            BookingFixtures.post(named(five.get(visit % 5), november(18, 8 + visit / 5, 0), "Visit", "Number " + visit)).statusCode(201);
        }
        Page desk = signedIn(page(1280, 900, CLINIC_ZONE));
        desk.clock().setFixedTime(java.time.Instant.parse("2026-11-18T12:00:00Z").toEpochMilli());
        for (int round = 0; round < 3; round++) {
            // The browser's own timers are the test's fake clock here, so the time is taken outside the page.
            long start = System.nanoTime();
            desk.navigate(url("/console/desk"));
            assertThat(desk.locator("#day li").nth(39)).isVisible();
            System.out.printf("console day of %d visits, all practitioners, round %d: usable %d ms after navigating%n",
                    desk.locator("#day li").count(), round + 1, (System.nanoTime() - start) / 1_000_000);
        }
        assertAccessible(desk, "a day of 40 visits");
        screenshot(desk, "console-day-forty");
    }

    /** Signs in through the page and narrows the desk to this test's practitioner. */
    private Page signedIn(Page page) {
        page.clock().setFixedTime(BookingFixtures.NOW.toEpochMilli());
        page.navigate(url("/console"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/console/desk"));
        page.getByLabel("Practitioner").selectOption(dr);
        return page;
    }

    private static Locator request(Page desk, String reference) {
        return desk.locator("#queue li[data-reference='" + reference + "']");
    }

    private Map<String, Object> named(java.time.OffsetDateTime start, String first, String last) {
        return named(dr, start, first, last);
    }

    private Map<String, Object> named(String practitioner, java.time.OffsetDateTime start, String first, String last) {
        Map<String, Object> body = BookingFixtures.request(service, practitioner, start);
        @SuppressWarnings("unchecked")
        Map<String, Object> patient = (Map<String, Object>) body.get("patient");
        patient.put("firstName", first);
        patient.put("lastName", last);
        return body;
    }
}
