package io.clinicbook.web;

import static io.clinicbook.Staff.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clinicbook.booking.BookingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The manage page at {@code /manage#reference=…&token=…}. The browser's clock is set to the service's, so
 * that the page judges the cut-off as a patient's browser would.
 */
@QuarkusTest
class ManagePageTest extends BrowserTest {

    String service;
    String dr;
    String reference;
    String token;

    @BeforeEach
    void bookableService() {
        service = WidgetFixtures.service("ANYONE")[0];
        dr = BookingFixtures.practitioner(service);
    }

    /** The token went in no request's URL, and nothing went to another host. */
    @AfterEach
    void tokenStayedInThePage() {
        if (!Chromium.installed()) {
            return; // the test was aborted before any page opened
        }
        assertThat(requested).isNotEmpty().allMatch(url -> url.startsWith(url("/")))
                .noneMatch(url -> token != null && url.contains(token));
    }

    @Test
    void movesTheAppointmentToAnotherDay() {
        Page page = open(BookingFixtures.november(3, 10, 0), 1280, 900);
        assertThat(page.locator("[data-status]").textContent()).isEqualTo("Confirmed");
        assertAccessible(page, "manage");
        screenshot(page, "desktop-5-manage");
        button(page, "Move to another time").click();
        page.locator(".days button").filter(new Locator.FilterOptions().setHasText("Wed, Nov 4")).click();
        String later = given().queryParam("service", service).queryParam("practitioner", dr)
                .queryParam("from", "2026-11-04").queryParam("to", "2026-11-04").get("/api/v1/slots")
                .then().statusCode(200).extract().path("days[0].slots[2].start");
        page.locator("button[data-start='" + later + "']").click();
        assertAccessible(page, "confirm the move");
        button(page, "Yes, move it").click();
        page.getByText("Your appointment has been moved.").waitFor();
        assertAccessible(page, "moved");
        assertThat(OffsetDateTime.parse(given().header("X-Manage-Token", token).get("/api/v1/appointments/{reference}", reference)
                .then().statusCode(200).extract().path("start"))).isEqualTo(OffsetDateTime.parse(later));
    }

    @Test
    void cancelsWithAReason() {
        Page page = open(BookingFixtures.november(4, 11, 0), 360, 740);
        screenshot(page, "phone-6-manage");
        button(page, "Cancel appointment").click();
        page.getByLabel("Reason (optional)").fill("Feeling better");
        assertAccessible(page, "cancel");
        button(page, "Yes, cancel it").click();
        page.getByText("Your appointment is cancelled.").waitFor();
        assertThat(page.locator("[data-status]").textContent()).isEqualTo("Cancelled");
        assertThat(button(page, "Cancel appointment").count()).isZero();
        assertThat(asAdmin().get("/api/v1/admin/appointments/{reference}", reference).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("CANCELLED");
    }

    @Test
    void insideTheCutOffSaysToPhoneTheClinic() {
        Page page = open(BookingFixtures.november(2, 15, 0), 1280, 900);
        assertThat(page.locator(".clinic-booking .w").innerText())
                .contains("It is too late to change this appointment online. Please call the clinic at " + WidgetFixtures.clinicPhone() + ".");
        assertThat(button(page, "Cancel appointment").count()).isZero();
        assertThat(button(page, "Move to another time").count()).isZero();
        assertAccessible(page, "inside the cut-off");
    }

    @Test
    void aLinkWithoutItsTokenSaysSo() {
        Page page = desktop();
        page.navigate(url("/manage#reference=ABCDEFGH"));
        page.getByText("This link is incomplete.").waitFor();
    }

    private Page open(OffsetDateTime start, int width, int height) {
        String[] booked = BookingFixtures.book(service, dr, start);
        reference = booked[0];
        token = booked[1];
        Page page = page(width, height, CLINIC_ZONE);
        page.clock().setFixedTime(BookingFixtures.NOW.toEpochMilli());
        page.navigate(url("/manage#reference=" + reference + "&token=" + token));
        page.locator("[data-status]").waitFor();
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
