package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Labels;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clerk's actions on the invoice page in a real browser, with their refusals beside the field in bokmål (and in
 * English when switched): a credit for more than is left of a line, a quantity that is no number or not above zero
 * (nothing saved), then a part credit; a payment with a wrong amount or a date ahead; and a write-off confirmed from
 * the follow-up panel, which books the loss.
 */
@FakturaflytTest
class InvoiceActionsScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired LedgerService ledger;
    @Autowired OsloClock clock;

    @Test
    void aCreditAboveWhatIsLeftIsRefusedBesideTheLineAndSavesNothing() {
        Invoice invoice = posted(3);
        Invoice first = invoices.createCreditNote(invoice.getId(), List.of(new CreditLineForm(1, BigDecimal.ONE)),
                null, "clerk");
        invoices.send(first.getId(), "clerk");
        jobs.executeAll();
        int creditNotes = creditNotesOf(invoice);

        browser.login("clerk").open("/invoices/" + invoice.getId());
        browser.find(By.cssSelector("#credit-section summary")).click();
        assertThat(browser.text(By.cssSelector("label[for='quantity1']"))).contains("igjen å kreditere 2");
        assertThat(Labels.unlabelled(browser.driver())).as("inputs without a label").isEmpty();

        credit("3");
        assertThat(browser.text(By.id("quantity1-error"))).isEqualTo("Av linje 1 er det bare 2 igjen å kreditere.");
        assertThat(browser.field("quantity1").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("quantity1").getDomProperty("value")).as("what was typed stays").isEqualTo("3");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/invoices/" + invoice.getId() + "/credit");
        assertThat(creditNotesOf(invoice)).as("nothing saved").isEqualTo(creditNotes);

        credit("to");
        assertThat(browser.text(By.id("quantity1-error"))).isEqualTo("«to» er ikke et tall.");
        credit("0");
        assertThat(browser.text(By.id("quantity1-error"))).isEqualTo("Antallet må være større enn 0.");
        credit("1,2345");
        assertThat(browser.text(By.id("quantity1-error"))).isEqualTo("Kan ha høyst 12 sifre før og 3 etter komma.");
        assertThat(creditNotesOf(invoice)).as("nothing saved").isEqualTo(creditNotes);

        browser.open("/invoices/" + invoice.getId() + "?lang=en");
        browser.find(By.cssSelector("#credit-section summary")).click();
        credit("3");
        assertThat(browser.text(By.id("quantity1-error"))).isEqualTo("Only 2 of line 1 is left to credit.");
        browser.open("/invoices/" + invoice.getId() + "?lang=nb");

        browser.find(By.cssSelector("#credit-section summary")).click();
        credit("1,5");
        browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/credit"));
        assertThat(creditNotesOf(invoice)).isEqualTo(creditNotes + 1);
        Invoice draft = invoices.list(InvoiceStatus.DRAFT).stream()
                .filter(c -> c.getCreditedInvoiceId() != null && c.getCreditedInvoiceId() == invoice.getId())
                .findFirst().orElseThrow();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/invoices/" + draft.getId());
        assertThat(draft.getLines()).singleElement()
                .satisfies(line -> assertThat(line.getQuantity()).isEqualByComparingTo("1.5"));
    }

    @Test
    void aPaymentsWrongAmountAndDateAreRefusedInBokmalAndAWriteOffBooksTheLoss() {
        Invoice invoice = posted(1);   // 1 250.00
        browser.login("clerk").open("/invoices/" + invoice.getId());

        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("amount")));
        browser.field("amount").sendKeys("tusen");
        browser.find(By.id("register-payment")).click();
        assertThat(errorOf("amount")).isEqualTo("«tusen» er ikke et tall.");
        browser.field("amount").clear();
        browser.field("amount").sendKeys("100");
        WebElement paidOn = browser.field("paidOn");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                paidOn, clock.today().plusDays(2).toString());
        browser.find(By.id("register-payment")).click();
        assertThat(errorOf("paidOn")).isEqualTo("Innbetalingsdatoen " + clock.today().plusDays(2)
                + " er fram i tid (i dag er det " + clock.today() + ").");
        assertThat(ledger.openAmountOf(invoice.getId())).as("nothing booked").isEqualByComparingTo("1250.00");

        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("follow-up-write-off")));
        browser.find(By.id("follow-up-write-off")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        assertThat(errorOf("text")).isEqualTo("Må fylles ut.");
        assertThat(ledger.openAmountOf(invoice.getId())).as("nothing written off").isEqualByComparingTo("1250.00");

        browser.field("text").sendKeys("Konkurs, ingen dividende");
        browser.find(By.id("follow-up-write-off")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(d -> ledger.openAmountOf(invoice.getId()).signum() == 0);
        jobs.executeAll();
        browser.open("/invoices/" + invoice.getId());
        browser.waitUntil(ExpectedConditions.textToBe(By.id("follow-up-stage"), "Avskrevet"));
        assertThat(browser.driver().findElements(By.id("follow-up-write-off"))).as("nothing more to do").isEmpty();
    }

    private Invoice posted(int quantity) {
        Customer customer = data.customer(CustomerType.BUSINESS, "handling" + System.nanoTime() + "@kunde.example",
                List.of(ChannelType.EMAIL));
        Invoice draft = data.draft(customer, data.product("3", "1000.00"), quantity);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        return invoices.get(draft.getId());
    }

    private void credit(String quantity) {
        WebElement field = browser.field("quantity1");
        field.clear();
        field.sendKeys(quantity);
        WebElement page = browser.find(By.tagName("html"));
        browser.find(By.id("credit")).click();
        browser.waitUntil(ExpectedConditions.stalenessOf(page));
    }

    private String errorOf(String field) {
        return browser.waitUntil(d -> {
            String text = d.findElement(By.id(field + "-error")).getText();
            return text.isBlank() ? null : text;
        });
    }

    private int creditNotesOf(Invoice invoice) {
        return (int) invoices.list(null).stream()
                .filter(c -> c.getCreditedInvoiceId() != null && c.getCreditedInvoiceId() == invoice.getId()).count();
    }
}
