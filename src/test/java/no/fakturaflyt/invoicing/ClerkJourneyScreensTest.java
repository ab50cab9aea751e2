package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clerk's day in a real browser: a customer created (a wrong org. number first: the error beside the field and
 * nothing saved), a draft written from a product and a free-text line with the totals per VAT rate following every
 * change, the preview PDF in the page, "Fakturer og send" confirmed, the invoice delivered by e-mail and counted on
 * the start page, then credited in full. Screenshots of the start page and the draft editor go to docs/images/.
 */
@FakturaflytTest
class ClerkJourneyScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired CustomerService customers;
    @Autowired InvoiceService invoices;
    @Autowired LedgerService ledger;

    @Test
    void aClerkCreatesACustomerInvoicesItFromTheDraftEditorSeesItOnTheStartPageAndCreditsIt() {
        Product consulting = data.product("3", "1000.00");   // 25 %
        String email = "skjerm" + System.nanoTime() + "@kunde.example";
        String name = "Skjermbilde Fjellbu AS " + System.nanoTime();
        browser.login("clerk");
        BigDecimal invoicedBefore = figure("invoiced-month");

        // a customer: first with an org. number whose check digit is wrong
        browser.open("/customers");
        browser.find(By.id("new-customer")).click();
        String orgNumber = TestData.orgNumber();
        String wrong = orgNumber.substring(0, 8) + (char) ('0' + (orgNumber.charAt(8) - '0' + 1) % 10);
        int before = customers.list().size();
        browser.field("name").sendKeys(name);
        browser.field("orgNumber").sendKeys(wrong);
        browser.field("addressLine1").sendKeys("Fjellveien 1");
        browser.field("postalCode").sendKeys("5003");
        browser.field("city").sendKeys("Bergen");
        browser.field("invoiceEmail").sendKeys(email);
        browser.field("distributionOrder").sendKeys("EMAIL");
        browser.find(By.id("save")).click();

        assertThat(browser.text(By.id("orgNumber-error")))
                .isEqualTo("Er ikke et gyldig organisasjonsnummer: 9 sifre med riktig kontrollsiffer (MOD11).");
        assertThat(browser.field("orgNumber").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("orgNumber").getDomAttribute("aria-describedby")).isEqualTo("orgNumber-error");
        assertThat(browser.text(By.id("name-error"))).isEmpty();
        assertThat(browser.field("name").getDomProperty("value")).as("what was typed stays").isEqualTo(name);
        assertThat(customers.list()).as("nothing saved").hasSize(before);

        browser.field("orgNumber").clear();
        browser.field("orgNumber").sendKeys(orgNumber, Keys.ENTER);
        browser.waitUntil(ExpectedConditions.urlContains("/account"));
        assertThat(browser.text(By.tagName("h1"))).contains(name);
        Customer customer = customers.list().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
        assertThat(customer.getOrgNumber()).isEqualTo(orgNumber);

        // the draft: choose the customer and it exists
        browser.find(By.id("new-invoice")).click();
        assertThat(new Select(browser.field("customerId")).getFirstSelectedOption().getText()).contains(name);
        browser.find(By.id("create-draft")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/edit"));
        long draftId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/invoices/(\\d+)/edit.*", "$1"));

        new Select(browser.field("line-0-product")).selectByValue(String.valueOf(consulting.getId()));
        browser.retype("line-0-quantity", "2");
        browser.waitForText("total", "2 500,00");
        assertThat(invoices.get(draftId).getLines()).as("saved on the change").hasSize(1);

        browser.find(By.id("add-line")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("line-1-description")));
        browser.field("line-1-description").sendKeys("Reiseutlegg");
        browser.field("line-1-unitPrice").sendKeys("450");
        new Select(browser.field("line-1-vatCode")).selectByValue("31");   // 15 %
        browser.waitForText("total", "3 017,50");
        assertThat(browser.driver().findElements(By.cssSelector("#totals .vat-line"))).hasSize(2);

        // a quantity of 0: the error beside its row, and the draft stays as it was
        browser.retype("line-0-quantity", "0");
        browser.waitUntil(d -> d.findElement(By.id("row-errors-0")).getText().equals("Antall: Må være større enn 0."));
        assertThat(invoices.get(draftId).getLines().get(0).getQuantity()).isEqualByComparingTo("2");
        browser.retype("line-0-quantity", "2");
        browser.waitUntil(d -> d.findElement(By.id("row-errors-0")).getText().isBlank());

        browser.find(By.id("preview")).click();
        WebElement frame = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("pdf-frame")));
        assertThat(browser.contentTypeOf(frame.getDomProperty("src"))).isEqualTo("application/pdf");
        browser.screenshot("draft-editor");

        // "Fakturer og send", confirmed
        browser.find(By.id("send")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlContains("/invoices/" + draftId + "?sent"));
        jobs.executeAll();
        assertThat(Mails.to(email)).as("delivered by e-mail").hasSize(1);
        browser.open("/invoices/" + draftId);
        Invoice sent = invoices.get(draftId);
        assertThat(sent.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(browser.text(By.id("invoice-number"))).isEqualTo(String.valueOf(sent.getInvoiceNumber()));
        assertThat(browser.text(By.id("kid"))).isEqualTo(sent.getKid());
        assertThat(browser.text(By.id("history"))).contains("DELIVERY_");
        assertThat(browser.contentTypeOf(browser.find(By.id("pdf-frame")).getDomProperty("src")))
                .isEqualTo("application/pdf");

        // counted on the start page
        browser.open("/");
        assertThat(figure("invoiced-month")).isEqualByComparingTo(invoicedBefore.add(new BigDecimal("2450.00")));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#invoiced-chart svg")));
        for (String panel : List.of("tasks-panel", "aging-panel", "stages-panel", "needs-action-panel",
                "hit-rate-panel")) {
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id(panel)));
        }
        browser.screenshot("start-page");

        // credit it in full
        browser.open("/invoices/" + draftId);
        browser.find(By.cssSelector("#credit-section summary")).click();
        browser.field("reason").sendKeys("Feil kunde");
        browser.find(By.id("credit")).click();
        browser.waitUntil(d -> d.findElements(By.id("invoice-status")).size() == 1
                && !d.getCurrentUrl().endsWith("/invoices/" + draftId));
        browser.find(By.id("send")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlContains("?sent"));
        jobs.executeAll();
        assertThat(ledger.openAmountOf(draftId)).isEqualByComparingTo("0");
        browser.open("/invoices/" + draftId);
        assertThat(browser.text(By.id("open"))).isEqualTo("0,00");
        assertThat(browser.text(By.id("credit-notes"))).contains("Bokført");
    }

    @Test
    void anAuditorSeesTheInvoicesButNoButtonToChangeThem() {
        Customer customer = data.business("revisor" + System.nanoTime() + "@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "100.00"), 1);
        browser.login("auditor", "auditor");

        browser.open("/customers");
        assertThat(browser.driver().findElements(By.id("new-customer"))).isEmpty();
        assertThat(browser.driver().findElements(By.linkText("Endre"))).isEmpty();
        browser.open("/invoices/" + draft.getId());
        assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
        browser.open("/invoices/" + draft.getId() + "/edit");
        List<WebElement> send = browser.driver().findElements(By.id("send"));
        // the editor itself is the clerk's: the auditor is sent to the invoice page or refused
        assertThat(send).isEmpty();
    }

    private BigDecimal figure(String id) {
        browser.open("/");
        WebElement element = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        return new BigDecimal(normalized(element.getText()).replace(" ", "").replace(',', '.'));
    }

    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').trim();
    }

}
