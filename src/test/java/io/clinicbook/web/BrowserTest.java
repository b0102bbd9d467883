package io.clinicbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.clinicbook.TestClock;
import io.clinicbook.booking.BookingFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Browser tests against the running service: the service stands on {@link BookingFixtures#NOW}; the
 * browser keeps its own clock unless a test sets it, as a patient's would. Tagged {@code browser}:
 * CI runs them on H2 only, since what they judge (the pages, the widgets) does not depend on the database.
 */
@Tag("browser")
abstract class BrowserTest {

    static final Path SHOTS = Path.of("target/screenshots");
    static final String CLINIC_ZONE = "America/New_York";

    @TestHTTPResource("/")
    URL base;
    @Inject
    TestClock clock;

    private final List<BrowserContext> contexts = new ArrayList<>();
    /** Every URL the pages of this test requested. */
    final List<String> requested = new ArrayList<>();
    /** What the pages of this test wrote to the console. */
    final List<String> console = new ArrayList<>();

    @BeforeEach
    void standOnAFixedMorning() {
        clock.setInstant(BookingFixtures.NOW);
    }

    /** The pages' own policy must never have blocked anything of theirs. */
    @AfterEach
    void closePages() {
        contexts.forEach(BrowserContext::close);
        clock.reset();
        assertThat(console).noneMatch(line -> line.contains("Content Security Policy"));
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** A page of its own (own cookies and storage) at this size, in this browser time zone. */
    Page page(int width, int height, String timeZone) {
        Browser browser = Chromium.browser();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale("en-US").setTimezoneId(timeZone));
        contexts.add(context);
        Page page = context.newPage();
        page.onRequest(request -> requested.add(request.url()));
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        page.setDefaultTimeout(10_000);
        return page;
    }

    Page desktop() {
        return page(1280, 900, CLINIC_ZONE);
    }

    /** Runs axe-core in the page (Shadow DOM included): no serious or critical violation. */
    static void assertAccessible(Page page, String step) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof axe !== 'undefined'"))) {
            page.evaluate(Chromium.axeSource() + "\n;'axe loaded'");
        }
        Object found = page.evaluate("""
                async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({ rule: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })))""");
        assertThat(found).as("serious or critical axe-core violations at step '%s'", step).isEqualTo("[]");
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Whether the element has the keyboard focus (inside its shadow root, if it is in one). */
    static boolean focused(Locator element) {
        return Boolean.TRUE.equals(element.evaluate("el => el.getRootNode().activeElement === el"));
    }
}
