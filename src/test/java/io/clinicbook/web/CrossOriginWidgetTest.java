package io.clinicbook.web;

import static io.clinicbook.Staff.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import io.clinicbook.booking.BookingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The widget embedded by a clinic site on another origin. One small host page is served on another port;
 * reached as 127.0.0.1 it is an origin listed in the clinic's settings, reached as localhost it is not.
 */
@QuarkusTest
class CrossOriginWidgetTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    HttpServer site;
    String savedSettings;
    String service;
    String serviceName;

    @BeforeEach
    void clinicSiteOnAnotherOrigin() throws Exception {
        String[] created = WidgetFixtures.service("ANYONE");
        service = created[0];
        serviceName = created[1];
        BookingFixtures.practitioner(service);
        byte[] page = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A clinic's own site</title></head>
                <body><main><h1>Our clinic</h1><script src="%swidget/booking.js" defer></script></main></body></html>
                """.formatted(base).getBytes(StandardCharsets.UTF_8);
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        savedSettings = asAdmin().get("/api/v1/admin/clinic").then().statusCode(200).extract().asString();
        ObjectNode settings = (ObjectNode) JSON.readTree(savedSettings);
        settings.set("websiteOrigins", JSON.valueToTree(List.of(listedOrigin())));
        asAdmin().body(JSON.writeValueAsString(settings)).put("/api/v1/admin/clinic").then().statusCode(200);
    }

    @AfterEach
    void restore() {
        site.stop(0);
        asAdmin().body(savedSettings).put("/api/v1/admin/clinic").then().statusCode(200);
    }

    @Test
    void aListedOriginBooksThroughTheWidget() {
        Page page = desktop();
        String start = WidgetFixtures.firstSlot(service, CLINIC_ZONE);
        BookingWidget widget = BookingWidget.atTheForm(page, listedOrigin() + "/", serviceName, start);
        widget.reachablePatient("Lee", "Chen", "lee.chen@example.org", "+1 555 010 7788");
        widget.submit().click();
        String reference = widget.reference();
        assertThat(asAdmin().get("/api/v1/admin/appointments/{reference}", reference).then().statusCode(200)
                .extract().<String>path("patient.lastName")).isEqualTo("Chen");
    }

    @Test
    void anUnlistedOriginIsRefusedByTheBrowser() {
        Page page = desktop();
        page.navigate("http://localhost:" + site.getAddress().getPort() + "/");
        page.locator(".clinic-booking").getByText("We could not reach the booking service.").waitFor();
        assertThat(page.locator(".clinic-booking").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Try again"))
                .isVisible()).isTrue();
        assertThat(console).anyMatch(line -> line.contains("blocked by CORS policy"));
        assertThat(page.locator(".clinic-booking").getByText(serviceName).count()).isZero();
    }

    private String listedOrigin() {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }
}
