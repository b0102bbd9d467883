package io.clinicbook.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * One headless Debian Chromium for all browser tests, driven by Playwright without any browser download,
 * and axe-core from the npm registry. Where either is missing, the tests do not run and say how to run
 * them; with {@code CI=true} a missing one is a failure instead.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");
    private static final String HOW = "Install them with: apt-get install -y chromium && npm install --prefix target/axe axe-core@4";

    private static Browser browser;
    private static String axe;

    private Chromium() {
    }

    /** Whether Chromium and axe-core are here, so that browser tests run rather than abort. */
    static boolean installed() {
        return Files.isExecutable(EXECUTABLE) && Files.isReadable(AXE);
    }

    static synchronized Browser browser() {
        require(Files.isExecutable(EXECUTABLE), "Chromium is not at " + EXECUTABLE);
        require(Files.isReadable(AXE), "axe-core is not at " + AXE);
        if (browser == null) {
            Playwright playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    static synchronized String axeSource() {
        if (axe == null) {
            try {
                axe = Files.readString(AXE);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core could not be read from " + AXE, e);
            }
        }
        return axe;
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = "The browser tests did not run: " + what + ". " + HOW;
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        System.out.println("NOTE: " + message);
        Assumptions.abort(message);
    }
}
