package no.fakturaflyt.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceStatus;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Labels;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screens for someone who uses a screen reader or no mouse: every input of the main screens has a label, and a
 * draft is invoiced from the draft editor by keyboard alone (Tab to "Fakturer og send", Enter, the confirmation).
 */
@FakturaflytTest
class ScreensAccessibilityTest {

    private static final int MOST_TABS = 200;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;

    @Test
    void everyInputOfTheMainScreensHasALabel() {
        Customer customer = data.business("etikett" + System.nanoTime() + "@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "500.00"), 1);
        Invoice posted = data.draft(customer, data.product("3", "500.00"), 2);
        invoices.send(posted.getId(), "clerk");
        jobs.executeAll();
        browser.login("clerk");
        for (String page : List.of("/", "/invoices", "/invoices/new", "/invoices/" + draft.getId() + "/edit",
                "/invoices/" + posted.getId(), "/customers", "/customers/new", "/customers/" + customer.getId() + "/edit",
                "/customers/" + customer.getId() + "/account", "/products", "/products/new", "/bank-files", "/imports",
                "/reports")) {
            browser.open(page);
            browser.settle();
            if (page.equals("/invoices/" + posted.getId())) {
                browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("amount")));
                browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("text")));
                browser.find(By.cssSelector("#credit-section summary")).click();
            }
            assertThat(Labels.unlabelled(browser.driver())).as("inputs without a label on " + page).isEmpty();
        }
    }

    @Test
    void theHeaderMarksTheSectionOfEveryScreenAsCurrent() {
        browser.login("admin");
        java.util.Map<String, String> sectionOf = new java.util.LinkedHashMap<>();
        sectionOf.put("/", "/");
        sectionOf.put("/invoices", "/invoices");
        sectionOf.put("/invoices/new", "/invoices");
        sectionOf.put("/customers/new", "/customers");
        sectionOf.put("/products", "/products");
        sectionOf.put("/imports", "/imports");
        sectionOf.put("/quotes", "/quotes");
        sectionOf.put("/quotes/new", "/quotes");
        sectionOf.put("/orders", "/quotes");
        sectionOf.put("/bank-files", "/bank-files");
        sectionOf.put("/reports", "/reports");
        sectionOf.put("/ledger/fiscal-years", "/ledger/fiscal-years");
        sectionOf.put("/ledger/chart", "/ledger/fiscal-years");
        sectionOf.put("/settings/invoice-templates", "/settings/invoice-templates");
        sectionOf.put("/audit", "/audit");
        sectionOf.put("/system-log", "/system-log");
        sectionOf.put("/reminder-policy", "/reminder-policy");
        sectionOf.forEach((page, section) -> {
            browser.open(page);
            List<String> current = browser.driver().findElements(By.cssSelector("header nav a[aria-current='page']"))
                    .stream().map(link -> link.getDomAttribute("href")).toList();
            assertThat(current).as("the header's current section on " + page).containsExactly(section);
        });
    }

    @Test
    void aFieldWhoseErrorHtmxFillsInIsMarkedInvalidAndUnmarkedWhenPutRight() {
        Customer customer = data.business("aria" + System.nanoTime() + "@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "800.00"), 1);
        browser.login("clerk").open("/invoices/" + draft.getId() + "/edit");
        browser.settle();
        var quantity = browser.field("line-0-quantity");
        var place = browser.field("deliveryPlace");
        assertThat(quantity.getDomAttribute("aria-invalid")).isNull();

        quantity.clear();
        quantity.sendKeys("-1", Keys.TAB);
        browser.waitUntil(d -> !d.findElement(By.id("row-errors-0")).getText().isBlank());
        place.sendKeys("x".repeat(201), Keys.TAB);
        browser.waitUntil(d -> !d.findElement(By.id("deliveryPlace-error")).getText().isBlank());
        browser.settle();

        assertThat(quantity.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(quantity.getDomAttribute("aria-describedby")).isEqualTo("row-errors-0");
        assertThat(browser.field("line-0-unitPrice").getDomAttribute("aria-invalid")).as("a good field").isNull();
        assertThat(place.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(place.getDomAttribute("aria-describedby")).isEqualTo("deliveryPlace-error");

        quantity.clear();
        quantity.sendKeys("2", Keys.TAB);
        place.clear();
        place.sendKeys("Oslo", Keys.TAB);
        browser.waitUntil(d -> d.findElement(By.id("row-errors-0")).getText().isBlank()
                && d.findElement(By.id("deliveryPlace-error")).getText().isBlank());
        browser.settle();
        assertThat(quantity.getDomAttribute("aria-invalid")).isNull();
        assertThat(quantity.getDomAttribute("aria-describedby")).isNull();
        assertThat(place.getDomAttribute("aria-invalid")).isNull();
    }

    @Test
    void aDraftIsSentFromTheEditorByKeyboardAlone() {
        Customer customer = data.business("tastatur" + System.nanoTime() + "@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "800.00"), 1);
        browser.login("clerk").open("/invoices/" + draft.getId() + "/edit");
        browser.settle();

        Actions keyboard = new Actions(browser.driver());
        int tabs = 0;
        while (!"send".equals(focused()) && tabs++ < MOST_TABS) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused()).as("Tab reaches \"Fakturer og send\"").isEqualTo("send");
        keyboard.sendKeys(Keys.ENTER).perform();

        var confirmation = browser.waitUntil(ExpectedConditions.alertIsPresent());
        assertThat(confirmation.getText()).startsWith("Fakturere og sende nå?");
        confirmation.accept();
        browser.waitUntil(ExpectedConditions.urlContains("/invoices/" + draft.getId() + "?sent"));
        assertThat(invoices.get(draft.getId()).getStatus()).isNotEqualTo(InvoiceStatus.DRAFT);
    }

    private String focused() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement ? document.activeElement.id : null");
    }
}
