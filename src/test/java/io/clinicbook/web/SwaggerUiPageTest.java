package io.clinicbook.web;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The Swagger UI still renders under its Content-Security-Policy ({@link BrowserTest} fails on any CSP report). */
@QuarkusTest
class SwaggerUiPageTest extends BrowserTest {

    @Test
    void rendersTheContract() {
        Page page = desktop();
        page.navigate(url("/q/swagger-ui/"));
        page.locator(".swagger-ui .info .title").getByText("Clinic booking and FAQ API").waitFor();
        page.locator(".opblock-summary-path").getByText("/api/v1/slots").first().waitFor();
    }
}
