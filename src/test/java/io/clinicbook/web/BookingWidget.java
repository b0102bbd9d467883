package io.clinicbook.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The booking widget in a page, step by step, as a patient uses it with a pointer. */
final class BookingWidget {

    final Page page;

    BookingWidget(Page page) {
        this.page = page;
    }

    static BookingWidget open(Page page, String url) {
        page.navigate(url);
        page.locator(".clinic-booking").getByText("Book a visit").waitFor();
        return new BookingWidget(page);
    }

    /** Opens the widget and goes, as a returning patient with "first available", to the form for {@code start}. */
    static BookingWidget atTheForm(Page page, String url, String serviceName, String start) {
        BookingWidget widget = open(page, url);
        widget.chooseService(serviceName, false);
        widget.firstAvailable();
        widget.chooseTime(start);
        return widget;
    }

    /** Fills in a patient who can be reached, and the consent. */
    void reachablePatient(String first, String last, String email, String phone) {
        patient(first, last, email, phone);
        consent();
    }

    void chooseService(String name, boolean newPatient) {
        page.getByLabel(newPatient ? "No, this is my first visit" : "Yes, I have been before").check();
        page.getByLabel(name).check();
        next();
    }

    void firstAvailable() {
        page.getByLabel("First available practitioner").check();
        next();
        page.getByText("Days with free times").waitFor();
    }

    /** Shows the times of the day whose button starts with {@code weekday} ("Tue"). */
    void day(String weekday) {
        page.locator(".days button").filter(new Locator.FilterOptions().setHasText(weekday)).first().click();
    }

    Locator time(String start) {
        return page.locator("button[data-start='" + start + "']").first();
    }

    void chooseTime(String start) {
        time(start).click();
        field("patient.firstName").waitFor();
    }

    Locator field(String name) {
        return page.locator("[name='" + name + "']");
    }

    void patient(String first, String last, String email, String phone) {
        field("patient.firstName").fill(first);
        field("patient.lastName").fill(last);
        if (email != null) {
            field("patient.email").fill(email);
        }
        if (phone != null) {
            field("patient.phone").fill(phone);
        }
    }

    void consent() {
        page.getByLabel("The clinic may contact me about this appointment.").check();
    }

    Locator submit() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request appointment"));
    }

    /** Waits for the confirmation and answers the reference it shows. */
    String reference() {
        return page.locator("[data-reference]").textContent();
    }

    void next() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }
}
