package io.clinicbook.web;

import static io.clinicbook.Staff.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clinicbook.booking.BookingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The booking widget on the demo page at {@code /}, in headless Chromium. */
@QuarkusTest
class BookingWidgetTest extends BrowserTest {

    String service;
    String serviceName;
    String dr;

    @BeforeEach
    void bookableService() {
        String[] created = WidgetFixtures.service("ANYONE");
        service = created[0];
        serviceName = created[1];
        dr = BookingFixtures.practitioner(service);
    }

    @Test
    void aParentBooksForAChildFromTheDemoPageAndStaffSeeIt() throws IOException {
        Page page = desktop();
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        BookingWidget widget = BookingWidget.open(page, url("/"));
        assertAccessible(page, "service");
        screenshot(page, "desktop-1-service");
        widget.chooseService(serviceName, true);
        assertAccessible(page, "practitioner");
        widget.firstAvailable();
        assertAccessible(page, "day and time");
        screenshot(page, "desktop-2-time");
        widget.chooseTime(start);
        widget.patient("Lucía", "Pérez", null, null);
        page.getByLabel("I am booking for someone else").check();
        widget.field("contact.firstName").fill("Marta");
        widget.field("contact.lastName").fill("Pérez");
        widget.field("contact.email").fill("marta.perez@example.org");
        widget.field("contact.phone").fill("+1 555 010 2233");
        widget.field("contact.relationship").fill("mother");
        widget.field("reason").fill("Unsettled after feeds");
        widget.consent();
        assertAccessible(page, "details");
        screenshot(page, "desktop-3-details");
        widget.submit().click();
        String reference = widget.reference();
        assertAccessible(page, "confirmation");
        screenshot(page, "desktop-4-confirmation");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Add to my calendar")).click());
        assertThat(download.suggestedFilename()).isEqualTo("visit-" + reference + ".ics");
        assertThat(Files.readString(download.path())).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT").doesNotContain("Lucía", "Marta");
        assertThat(page.locator("[data-manage]").getAttribute("href"))
                .startsWith(url("/manage#reference=" + reference + "&token="));
        JsonPath staff = asAdmin().get("/api/v1/admin/appointments/{reference}", reference)
                .then().statusCode(200).extract().jsonPath();
        assertThat(staff.getString("status")).isEqualTo("CONFIRMED");
        assertThat(staff.getString("service")).isEqualTo(service);
        assertThat(staff.getString("practitioner")).isEqualTo(dr);
        assertThat(OffsetDateTime.parse(staff.getString("start"))).isEqualTo(OffsetDateTime.parse(start));
        assertThat(OffsetDateTime.parse(staff.getString("end"))).isEqualTo(OffsetDateTime.parse(start).plusMinutes(30));
        assertThat(staff.getString("patient.firstName")).isEqualTo("Lucía");
        assertThat(staff.getString("patient.lastName")).isEqualTo("Pérez");
        assertThat(staff.getString("contact.firstName")).isEqualTo("Marta");
        assertThat(staff.getString("contact.email")).isEqualTo("marta.perez@example.org");
        assertThat(staff.getString("contact.phone")).isEqualTo("+1 555 010 2233");
        assertThat(staff.getString("contactRelationship")).isEqualTo("mother");
        assertThat(staff.getBoolean("newPatient")).isTrue();
        assertThat(staff.getString("reason")).isEqualTo("Unsettled after feeds");
    }

    @Test
    void booksAt360PixelsWideAndADayWithoutTimesSaysWhy() {
        Page page = page(360, 740, CLINIC_ZONE);
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        BookingWidget widget = BookingWidget.open(page, url("/"));
        screenshot(page, "phone-1-service");
        widget.chooseService(serviceName, false);
        widget.firstAvailable();
        page.locator(".days button").filter(new Locator.FilterOptions().setHasText("Sat")).click();
        assertThat(page.locator(".clinic-booking .w").innerText())
                .contains("The clinic does not see patients for this visit on this day.")
                .contains("call the clinic at " + WidgetFixtures.clinicPhone());
        assertAccessible(page, "a day without times");
        screenshot(page, "phone-2-no-times");
        page.locator(".days button").first().click();
        screenshot(page, "phone-3-time");
        widget.chooseTime(start);
        widget.reachablePatient("Sam", "Rivera", "sam.rivera@example.org", "+1 555 010 3344");
        screenshot(page, "phone-4-details");
        widget.submit().click();
        String reference = widget.reference();
        screenshot(page, "phone-5-confirmation");
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).as("no sideways scrolling").isEqualTo(360);
        assertThat(asAdmin().get("/api/v1/admin/appointments/{reference}", reference).then().statusCode(200)
                .extract().<String>path("patient.email")).isEqualTo("sam.rivera@example.org");
    }

    @Test
    void aTimeTakenMeanwhileGetsAKindMessageAndTheFreshTimes() {
        Page page = desktop();
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        BookingWidget widget = BookingWidget.atTheForm(page, url("/"), serviceName, start);
        widget.reachablePatient("Ana", "García", "ana.garcia@example.org", "+1 555 010 2233");
        BookingFixtures.post(BookingFixtures.request(service, dr, OffsetDateTime.parse(start))).statusCode(201);

        widget.submit().click();
        page.getByText("Sorry, someone has just booked that time.").waitFor();
        assertAccessible(page, "slot taken");
        screenshot(page, "desktop-6-slot-taken");
        var offered = page.locator(".alert button[data-start]");
        assertThat(offered.count()).isPositive();
        String fresh = offered.first().getAttribute("data-start");
        assertThat(OffsetDateTime.parse(fresh)).isAfter(OffsetDateTime.parse(start));
        offered.first().click();
        assertThat(widget.field("patient.firstName").inputValue()).as("the form keeps what was typed").isEqualTo("Ana");
        widget.submit().click();
        String reference = widget.reference();
        assertThat(OffsetDateTime.parse(asAdmin().get("/api/v1/admin/appointments/{reference}", reference)
                .then().statusCode(200).extract().path("start"))).isEqualTo(OffsetDateTime.parse(fresh));
    }

    @Test
    void aDoubleClickOnSubmitBooksOnce() {
        Page page = desktop();
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        BookingWidget widget = BookingWidget.atTheForm(page, url("/"), serviceName, start);
        widget.reachablePatient("Dana", "Kim", "dana.kim@example.org", "+1 555 010 5566");
        widget.submit().dblclick();
        widget.reference();
        assertThat(asAdmin().queryParam("practitioner", dr).get("/api/v1/admin/appointments")
                .then().statusCode(200).extract().jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void timesAreInThePatientsZoneWithTheClinicsBeside() {
        String zone = "Asia/Tokyo";
        Page page = page(1280, 900, zone);
        String start = WidgetFixtures.firstSlot(service, zone);
        BookingWidget widget = BookingWidget.open(page, url("/"));
        widget.chooseService(serviceName, false);
        widget.firstAvailable();
        assertThat(page.locator(".clinic-booking .w").innerText())
                .contains("Times are shown in your time zone (Asia/Tokyo). The clinic is in America/New_York.");
        // 09:00 in New York is 23:00 in Tokyo; 10:00 is already Tuesday there
        assertThat(start).isEqualTo("2026-11-02T23:00:00+09:00");
        assertThat(text(widget.time(start))).isEqualTo("11:00 PM9:00 AM at the clinic");
        widget.day("Tue");
        // Tuesday in Tokyo begins at 10:00 on Monday in New York: the clinic's day is beside the clinic's time
        assertThat(text(widget.time("2026-11-03T00:00:00+09:00"))).isEqualTo("12:00 AMMon 10:00 AM at the clinic");
        widget.day("Mon");
        screenshot(page, "desktop-7-other-zone");
        widget.chooseTime(start);
        widget.reachablePatient("Kenji", "Sato", "kenji.sato@example.org", "+81 3 1234 5678");
        widget.submit().click();
        String reference = widget.reference();
        assertThat(OffsetDateTime.parse(asAdmin().get("/api/v1/admin/appointments/{reference}", reference)
                .then().statusCode(200).extract().path("start")).toInstant())
                .isEqualTo(BookingFixtures.november(2, 9, 0).toInstant());
    }

    @Test
    void aLostRequestOffersARetryThatBooksOnceWithTheSameKey() {
        Page page = desktop();
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        BookingWidget widget = BookingWidget.atTheForm(page, url("/"), serviceName, start);
        widget.reachablePatient("Omar", "Nasser", "omar.nasser@example.org", "+1 555 010 4455");
        List<String> keys = new ArrayList<>();
        page.onRequest(request -> {
            if ("POST".equals(request.method())) {
                keys.add(request.headerValue("idempotency-key"));
            }
        });
        page.route("**/api/v1/appointments", route -> route.abort("internetdisconnected"));
        widget.submit().click();
        page.getByText("We could not reach the booking service.").waitFor();
        assertAccessible(page, "network error");
        page.unrouteAll();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again")).click();
        widget.reference();
        assertThat(keys).hasSize(2).doesNotContainNull();
        assertThat(keys.get(1)).isEqualTo(keys.get(0));
    }

    @Test
    void showsTheServersFieldMessageWhereItDisagrees() {
        Page page = desktop();
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        BookingWidget widget = BookingWidget.atTheForm(page, url("/"), serviceName, start);
        widget.reachablePatient("A".repeat(101), "Long", "a.long@example.org", "+1 555 010 6677");
        widget.submit().click();
        page.locator("#f-patient-firstName-e").getByText("Please keep the first name under 100 characters").waitFor();
        assertThat(widget.field("patient.firstName").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(focused(widget.field("patient.firstName"))).as("focus on the field at fault").isTrue();
        assertAccessible(page, "server's field message");
    }

    /**
     * With "first available" and two practitioners of the same hours, 14 hours from the clinic: each time once,
     * under the heading of the date the patient sees, and the day's count is the number of times listed.
     */
    @Test
    void anyoneSeesEachTimeOnceUnderTheDateThePatientSees() {
        String second = BookingFixtures.practitioner(service);
        String zone = "Asia/Tokyo";
        Page page = page(360, 740, zone);
        BookingWidget widget = BookingWidget.open(page, url("/"));
        widget.chooseService(serviceName, false);
        widget.firstAvailable();
        assertThat(page.locator(".days button").first().textContent()).startsWith("Mon, Nov 2");
        List<String> firstWeek = eachDateOnceUnderItsHeading(page, "phone-6-anyone-other-zone-");
        assertThat(firstWeek).isNotEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Later days")).click();
        page.locator(".days button").first().filter(new Locator.FilterOptions().setHasText("Mon, Nov 9")).waitFor();
        List<String> secondWeek = eachDateOnceUnderItsHeading(page, "phone-7-anyone-later-week-");
        assertThat(secondWeek).as("the weeks do not overlap").isNotEmpty().doesNotContainAnyElementsOf(firstWeek);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Earlier days")).click();
        page.locator(".days button").first().filter(new Locator.FilterOptions().setHasText("Mon, Nov 2")).waitFor();
        Locator days = page.locator(".days button");
        days.nth(1).click();
        String start = page.locator(".times button[data-start]").first().getAttribute("data-start");
        widget.chooseTime(start);
        widget.reachablePatient("Yui", "Tanaka", "yui.tanaka@example.org", "+81 3 1234 5678");
        widget.submit().click();
        String reference = widget.reference();
        assertThat(asAdmin().get("/api/v1/admin/appointments/{reference}", reference).then().statusCode(200)
                .extract().<String>path("practitioner")).as("the clinic assigns one who is free").isIn(dr, second);
    }

    /** Every day of the week shown: its times once each, all on the heading's date, as many as its button says. */
    private static List<String> eachDateOnceUnderItsHeading(Page page, String shots) {
        Locator days = page.locator(".days button");
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("'Times on 'EEEE, MMMM d", Locale.US);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < days.count(); i++) {
            days.nth(i).click();
            String shown = page.locator(".clinic-booking [aria-live] h3").textContent();
            List<String> starts = page.locator(".times button[data-start]").all().stream()
                    .map(button -> button.getAttribute("data-start")).toList();
            assertThat(starts).as("times under '%s'", shown).doesNotHaveDuplicates();
            for (String start : starts) {
                assertThat(shown).as("the heading over %s", start).isEqualTo(OffsetDateTime.parse(start).format(heading));
            }
            assertThat(days.nth(i).textContent()).as("day button %d", i)
                    .endsWith(starts.isEmpty() ? "No times" : starts.size() == 1 ? "1 time" : starts.size() + " times");
            all.addAll(starts);
            if (i < 2) {
                screenshot(page, shots + i);
            }
        }
        return all;
    }

    /** The widget's own check lets a double dot through; the server's refusal comes back in Spanish. */
    @Test
    void theServersFieldMessageIsInTheWidgetsLanguage() {
        Page page = desktop();
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        page.navigate(url("/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
        page.locator(".clinic-booking").getByText("Reserve una visita").waitFor();
        page.getByLabel("Sí, ya he venido").check();
        page.getByLabel(serviceName + " (es)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar")).click();
        page.getByLabel("El primer profesional disponible").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar")).click();
        BookingWidget widget = new BookingWidget(page);
        widget.chooseTime(start);
        widget.patient("Ana", "García", "ana..garcia@example.org", "+1 555 010 2233");
        page.getByLabel("La clínica puede contactarme sobre esta cita.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Solicitar cita")).click();
        Locator message = page.locator("#f-patient-email-e");
        page.waitForCondition(() -> !message.textContent().isEmpty());
        screenshot(page, "desktop-9-server-message-es");
        assertThat(message.textContent()).isEqualTo("Indique una dirección de correo electrónico válida");
        assertThat(page.locator(".clinic-booking .alert").textContent()).doesNotContain("Your request", "Please");
        assertThat(widget.field("patient.email").getAttribute("aria-invalid")).isEqualTo("true");
    }

    private static String text(Locator element) {
        return element.textContent().replaceAll("[\\u202f\\u00a0]", " ");
    }
}
