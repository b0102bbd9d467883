package io.clinicbook.web;

import static io.clinicbook.Staff.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.clinicbook.booking.BookingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A whole booking with the keyboard alone: Tab, arrows, Space, Enter and typing; focus follows the steps. */
@QuarkusTest
class KeyboardBookingTest extends BrowserTest {

    @Test
    void booksWithTheKeyboardAlone() {
        String[] created = WidgetFixtures.service("NEW_PATIENTS");
        String service = created[0];
        BookingFixtures.practitioner(service);
        Page page = desktop();
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        BookingWidget widget = BookingWidget.open(page, url("/"));

        tabTo(page, page.getByLabel("No, this is my first visit"));
        page.keyboard().press("Space");
        tabTo(page, page.locator("input[name=service]:not(:disabled)").first());
        Locator mine = page.getByLabel(created[1]);
        int services = page.locator("input[name=service]").count();
        for (int i = 0; i < services && !mine.isChecked(); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(mine.isChecked()).isTrue();
        press(page, page.getByText("Continue"), "Enter");
        assertThat(focused(page.locator(".clinic-booking h2"))).as("focus on the new step's heading").isTrue();

        press(page, page.getByLabel("First available practitioner"), "Space");
        press(page, page.getByText("Continue"), "Enter");
        page.getByText("Days with free times").waitFor();
        press(page, widget.time(start), "Enter");
        widget.field("patient.firstName").waitFor();

        type(page, widget.field("patient.firstName"), "Noor");
        type(page, widget.field("patient.lastName"), "Haddad");
        type(page, widget.field("patient.email"), "noor.haddad@example.org");
        type(page, widget.field("patient.phone"), "+1 555 010 9900");
        press(page, page.getByLabel("The clinic may contact me about this appointment."), "Space");
        assertAccessible(page, "details by keyboard");
        press(page, widget.submit(), "Enter");
        String reference = widget.reference();
        var staff = asAdmin().get("/api/v1/admin/appointments/{reference}", reference).then().statusCode(200).extract().jsonPath();
        assertThat(staff.getString("patient.lastName")).isEqualTo("Haddad");
        assertThat(staff.getBoolean("newPatient")).isTrue();
        assertThat(OffsetDateTime.parse(staff.getString("start"))).isEqualTo(OffsetDateTime.parse(start));
    }

    /** Presses Tab until the element has the focus, as a keyboard user would. */
    private static void tabTo(Page page, Locator element) {
        element.waitFor();
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            if (focused(element)) {
                return;
            }
        }
        fail("Tab never reached " + element);
    }

    private static void press(Page page, Locator element, String key) {
        tabTo(page, element);
        page.keyboard().press(key);
    }

    private static void type(Page page, Locator field, String text) {
        tabTo(page, field);
        page.keyboard().type(text);
    }
}
