package no.fakturaflyt.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invoice page's parts from other modules in a real browser: the delivery attempts, and a payment registered
 * by a clerk (a wrong amount first: the error beside the field and nothing booked).
 */
@FakturaflytTest
class InvoicePanelsScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired PaymentService payments;
    @Autowired LedgerService ledger;

    @Test
    void theInvoicePageShowsItsDeliveryAndTakesAPayment() {
        Customer customer = data.customer(CustomerType.BUSINESS, "panel" + System.nanoTime() + "@kunde.example",
                List.of(ChannelType.EMAIL));
        Invoice draft = data.draft(customer, data.product("3", "800.00"), 1);   // 1000.00 with VAT
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();

        browser.login("clerk");
        browser.open("/invoices/" + draft.getId());
        WebElement attempt = browser.waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deliveries .delivery-attempt")));
        assertThat(attempt.getText()).contains("EMAIL", customer.getInvoiceEmail());

        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("amount")));
        browser.field("amount").sendKeys("tusen");
        browser.find(By.id("register-payment")).click();
        browser.waitUntil(d -> !d.findElement(By.id("amount-error")).getText().isBlank());
        assertThat(browser.field("amount").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(payments.paymentsOf(draft.getId())).isEmpty();

        browser.field("amount").clear();
        browser.field("amount").sendKeys("400");
        browser.find(By.id("register-payment")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("payments-list")));

        assertThat(payments.paymentsOf(draft.getId())).singleElement()
                .satisfies(p -> assertThat(p.getAmount()).isEqualByComparingTo("400.00"));
        assertThat(ledger.openAmountOf(draft.getId())).isEqualByComparingTo("600.00");
        assertThat(browser.text(By.id("payments-open")).replace('\u00a0', ' ')).isEqualTo("600,00");

        // the follow-up: a pause needs its reason beside the field, then pauses; resume takes it up again
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("follow-up-pause")));
        browser.find(By.id("follow-up-pause")).click();
        browser.waitUntil(d -> !d.findElement(By.id("text-error")).getText().isBlank());
        assertThat(browser.driver().findElements(By.id("follow-up-paused"))).isEmpty();
        browser.field("text").sendKeys("Kunden bestrider beløpet");
        browser.find(By.id("follow-up-pause")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("follow-up-paused")));
        browser.field("text").sendKeys("Avklart med kunden");
        browser.find(By.id("follow-up-resume")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("follow-up-pause")));
        assertThat(browser.driver().findElements(By.id("follow-up-paused"))).isEmpty();
    }
}
