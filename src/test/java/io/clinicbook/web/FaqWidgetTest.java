package io.clinicbook.web;

import static io.clinicbook.Staff.asAdmin;
import static io.clinicbook.Staff.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The FAQ widget on the demo page: search, the accordion, the language switch and the JSON-LD it adds. */
@QuarkusTest
class FaqWidgetTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    String word;

    @BeforeEach
    void entries() {
        String category = uniqueSlug("faq");
        word = "quokka" + category.substring(category.length() - 8).replaceAll("[^a-z]", "x");
        asAdmin().body(Map.of("slug", category, "name", Map.of("en", "Widget questions", "es", "Preguntas del widget")))
                .post("/api/v1/admin/faq-categories").then().statusCode(201);
        entry(category, "Can a " + word + " come along?", "Yes, if it stays calm.\n\nPlease tell the front desk.",
                "¿Puede venir un " + word + "?", "Sí, si está tranquilo.\n\nAvise en recepción.");
        entry(category, "Is there parking?", "Yes, behind the building.", "¿Hay aparcamiento?", "Sí, detrás del edificio.");
    }

    @Test
    void searchesOpensAnAnswerAndFollowsThePageLanguage() throws Exception {
        Page page = desktop();
        page.navigate(url("/"));
        Locator faq = page.locator(".clinic-faq");
        faq.getByText("Questions patients ask").waitFor();
        faq.getByLabel("Search the questions").fill(word);
        Locator question = faq.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Can a " + word + " come along?"));
        question.waitFor();
        faq.locator("[role=status]").getByText("1 question", new Locator.GetByTextOptions().setExact(true)).waitFor();
        question.click();
        assertThat(question.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(faq.getByText("Please tell the front desk.").isVisible()).isTrue();
        assertAccessible(page, "FAQ search");
        screenshot(page, "desktop-8-faq");
        assertJsonLd(page, "en", "Can a " + word + " come along?");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
        faq.getByText("Preguntas frecuentes").waitFor();
        faq.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("¿Puede venir un " + word + "?")).waitFor();
        faq.locator("[role=status]").getByText("1 pregunta", new Locator.GetByTextOptions().setExact(true)).waitFor();
        page.locator(".clinic-booking").getByText("Reserve una visita").waitFor();
        assertAccessible(page, "FAQ in Spanish");
        assertJsonLd(page, "es", "¿Puede venir un " + word + "?");
    }

    /** One FAQPage element in the host page, valid schema.org markup, equal to what the API serves. */
    /** The "+"/"−" the accordion draws is decoration: a screen reader hears the question alone. */
    @Test
    void aQuestionsAccessibleNameIsTheQuestionAlone() {
        Page page = desktop();
        page.navigate(url("/"));
        Locator faq = page.locator(".clinic-faq");
        faq.getByLabel("Search the questions").fill(word);
        Locator button = faq.locator("h3 button").filter(new Locator.FilterOptions().setHasText(word));
        button.waitFor();
        assertThat(button.ariaSnapshot()).isEqualTo("- button \"Can a " + word + " come along?\"");
        button.click();
        assertThat(button.ariaSnapshot()).isEqualTo("- button \"Can a " + word + " come along?\" [expanded]");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
        Locator spanish = faq.locator("h3 button").filter(new Locator.FilterOptions().setHasText("¿Puede venir un " + word));
        // The widget renders the list again when the language changes: an assertion that waits for the node it reads.
        PlaywrightAssertions.assertThat(spanish).matchesAriaSnapshot("- button \"¿Puede venir un " + word + "?\"");
    }

    private static void assertJsonLd(Page page, String locale, String question) throws Exception {
        page.waitForFunction("q => (document.querySelector('script[type=\"application/ld+json\"]') || {}).textContent?.includes(q)",
                question);
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => s.textContent)");
        assertThat(scripts).hasSize(1);
        JsonNode data = JSON.readTree(scripts.get(0));
        assertThat(data.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(data.path("@type").asText()).isEqualTo("FAQPage");
        assertThat(data.path("inLanguage").asText()).isEqualTo(locale);
        assertThat(data.path("mainEntity")).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.path("@type").asText()).isEqualTo("Question");
            assertThat(entry.path("name").asText()).isNotBlank();
            assertThat(entry.path("acceptedAnswer").path("@type").asText()).isEqualTo("Answer");
            assertThat(entry.path("acceptedAnswer").path("text").asText()).isNotBlank();
        });
        assertThat(data.path("mainEntity").findValuesAsText("name")).contains(question);
        assertThat(data).isEqualTo(JSON.readTree(given().queryParam("locale", locale).get("/api/v1/faqs/jsonld").asString()));
    }

    private static void entry(String category, String questionEn, String answerEn, String questionEs, String answerEs) {
        asAdmin().body(Map.of("category", category, "question", Map.of("en", questionEn, "es", questionEs),
                        "answer", Map.of("en", answerEn, "es", answerEs), "tags", List.of("test"), "published", true))
                .post("/api/v1/admin/faqs").then().statusCode(201);
    }
}
