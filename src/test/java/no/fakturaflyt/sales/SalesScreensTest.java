package no.fakturaflyt.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceStatus;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.Browser;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quotes and orders in a real browser, every action through the same process as the API and Tasklist: a clerk writes
 * a quote (totals per VAT rate following each change; a quantity that is no number refused beside its row, nothing
 * saved), sends it, records the customer's yes, confirms the order, registers the delivery and invoices it, and the
 * invoice is posted; the pages link the waiting user task into Tasklist. An auditor reads the same pages without a
 * button.
 */
@FakturaflytTest
class SalesScreensTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired SalesService sales;
    @Autowired QuoteProcess quotes;
    @Autowired OrderProcess orders;
    @Autowired InvoiceService invoices;
    @Autowired TaskService tasks;

    @AfterEach
    void tearDown() {
        CollectiveInvoicing.use(sales, false);
    }

    @Test
    void aClerkQuotesSendsRecordsTheAcceptanceConfirmsDeliversAndInvoices() {
        CollectiveInvoicing.use(sales, true);       // so that the delivery waits for the clerk's "Fakturer nå"
        String email = "tilbud" + System.nanoTime() + "@kunde.example";
        Customer customer = data.business(email);
        Product chairs = data.product("3", "1000.00");     // 25 %
        browser.login("clerk").open("/quotes");

        // a quote: choose the customer and it exists, with its process waiting for the clerk's review
        browser.find(By.id("new-quote")).click();
        new Select(browser.field("customerId")).selectByValue(String.valueOf(customer.getId()));
        browser.find(By.id("create-quote")).click();
        browser.waitUntil(ExpectedConditions.urlMatches(".*/quotes/\\d+/edit$"));
        long quoteId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/quotes/(\\d+)/edit.*", "$1"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("quote-" + quoteId)
                .taskDefinitionKey(QuoteProcess.REVIEW_TASK).count()).isEqualTo(1);

        new Select(browser.field("line-0-product")).selectByValue(String.valueOf(chairs.getId()));
        browser.retype("line-0-quantity", "3");
        browser.waitForText("total", "3 750,00");
        browser.find(By.id("add-line")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("line-1-description")));
        browser.field("line-1-description").sendKeys("Montering");
        browser.field("line-1-unitPrice").sendKeys("500");
        browser.retype("line-1-discount", "10");
        new Select(browser.field("line-1-vatCode")).selectByValue("31");    // 15 %: 450.00 + 67.50
        browser.waitForText("total", "4 267,50");
        assertThat(browser.driver().findElements(By.cssSelector("#totals .vat-line"))).hasSize(2);
        assertThat(sales.quote(quoteId).getLines()).as("saved on each change").hasSize(2);

        // a quantity that is no number: its error beside its row, the quote as it was
        browser.retype("line-0-quantity", "tre");   // the emptied field may answer first ("Må fylles ut"): wait for "tre"
        browser.waitUntil(d -> d.findElement(By.id("row-errors-0")).getText().contains("tre"));
        assertThat(browser.text(By.id("row-errors-0"))).startsWith("Antall: ").contains("tre");
        assertThat(sales.quote(quoteId).getLines().get(0).getQuantity()).isEqualByComparingTo("3");
        browser.retype("line-0-quantity", "3");
        browser.waitUntil(d -> d.findElement(By.id("row-errors-0")).getText().isBlank());

        // send it (completes "Review and send quote")
        browser.find(By.id("send")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlContains("/quotes/" + quoteId + "?sent"));
        Quote sent = sales.quote(quoteId);
        assertThat(sent.getStatus()).isEqualTo(QuoteStatus.SENT);
        assertThat(browser.text(By.id("quote-number"))).isEqualTo(String.valueOf(sent.getQuoteNumber()));
        assertThat(Mails.to(email)).singleElement().satisfies(m -> assertThat(m.getSubject()).startsWith("Tilbud"));
        assertThat(browser.driver().findElements(By.id("send"))).isEmpty();

        // the customer said yes: its process makes the order, waiting at "Confirm order", linked into Tasklist
        browser.find(By.id("accept")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlMatches(".*/orders/\\d+$"));
        SalesOrder order = sales.orderOfQuote(quoteId).orElseThrow();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/orders/" + order.getId());
        assertThat(sales.quote(quoteId).getStatus()).isEqualTo(QuoteStatus.ACCEPTED);
        String confirmTask = tasks.createTaskQuery().processInstanceId(order.getProcessInstanceId())
                .taskDefinitionKey(QuoteToInvoice.CONFIRM_ORDER_TASK).singleResult().getId();
        assertThat(browser.find(By.cssSelector("#waiting-tasks a.task-link")).getDomAttribute("href"))
                .endsWith("/camunda/app/tasklist/default/#/?task=" + confirmTask);
        assertThat(browser.text(By.id("quote-link"))).contains(String.valueOf(sent.getQuoteNumber()));

        // confirm (completes "Confirm order"): numbered, e-mailed, and the confirmation PDF is the one sent
        browser.find(By.id("confirm")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlContains("?confirmed"));
        SalesOrder confirmed = sales.order(order.getId());
        assertThat(confirmed.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(browser.text(By.id("order-number"))).isEqualTo(String.valueOf(confirmed.getOrderNumber()));
        assertThat(Mails.to(email)).anySatisfy(m -> assertThat(m.getSubject()).startsWith("Ordrebekreftelse"));
        assertThat(browser.text(By.id("waiting-tasks"))).contains("Register delivery");
        assertThat(browser.contentTypeOf(browser.find(By.id("order-pdf")).getDomProperty("href")))
                .isEqualTo("application/pdf");

        // register the delivery of everything (completes "Register delivery"); collected, then invoiced here
        browser.find(By.id("deliver")).click();
        browser.waitUntil(ExpectedConditions.urlContains("?delivered="));
        assertThat(sales.order(order.getId()).getStatus()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(new BigDecimal(browser.text(By.cssSelector("#order-line-1 .delivered"))))
                .isEqualByComparingTo("3");
        browser.find(By.cssSelector("#deliveries button.invoice-delivery")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.urlContains("?invoiced="));
        long invoiceId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*invoiced=(\\d+).*", "$1"));
        jobs.executeAll();
        Invoice invoice = invoices.get(invoiceId);
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(invoice.getTotal()).isEqualByComparingTo("4267.50");

        // the invoice appears: on the order, and its own page
        browser.open("/orders/" + order.getId());
        assertThat(browser.text(By.id("order-status"))).isEqualTo("Fakturert");
        browser.find(By.cssSelector("#deliveries a.invoice-link")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/invoices/" + invoiceId));
        assertThat(browser.text(By.id("invoice-number"))).isEqualTo(String.valueOf(invoice.getInvoiceNumber()));
        assertThat(browser.text(By.id("invoice-status"))).isEqualTo("Bokført");

        // and in the lists, filtered
        browser.open("/orders?status=INVOICED&customerId=" + customer.getId());
        assertThat(browser.driver().findElements(By.cssSelector("#orders tbody tr a"))).hasSize(1);
        browser.open("/quotes?status=DRAFT&customerId=" + customer.getId());
        assertThat(browser.driver().findElements(By.cssSelector("#quotes tbody tr a"))).isEmpty();
    }

    @Test
    void aDeliveryOfMoreThanIsOrderedIsRefusedBesideItsLineAndRecordsNothing() {
        Customer customer = data.business("levering" + System.nanoTime() + "@kunde.example");
        SalesOrder order = confirmedOrder(customer, data.product("3", "200.00"));
        browser.login("clerk").open("/orders/" + order.getId());

        browser.retype("quantity-1", "5");
        browser.find(By.id("deliver")).click();
        browser.waitUntil(d -> !d.findElement(By.id("quantity-1-error")).getText().isBlank());
        assertThat(browser.text(By.id("quantity-1-error"))).isEqualTo("Kan ikke levere 5 av linje 1: bestilt 2, levert 0, så høyst 2 gjenstår.");
        assertThat(browser.field("quantity-1").getDomProperty("value")).as("what was typed stays").isEqualTo("5");
        assertThat(sales.deliveries(order.getId())).as("nothing recorded").isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceId(order.getProcessInstanceId())
                .taskDefinitionKey(QuoteToInvoice.REGISTER_DELIVERY_TASK).count()).as("the task still waits")
                .isEqualTo(1);
    }

    @Test
    void anAnswerOnAStalePageIsRefusedWithTheReasonNotAnError() {
        Customer customer = data.business("gammel" + System.nanoTime() + "@kunde.example");
        Quote quote = quotes.register(new QuoteForm(customer.getId(), null, null, null,
                List.of(new SalesLineForm(data.product("3", "100.00").getId(), null, BigDecimal.ONE, null, null, null,
                        null))), "clerk");
        quotes.send(quote.getId(), "clerk");
        browser.login("clerk").open("/quotes/" + quote.getId());
        quotes.decline(quote.getId(), "Valgte en annen", "clerk");      // meanwhile, through the API's door

        browser.find(By.id("accept")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("refusals")));
        assertThat(browser.text(By.id("refusals"))).isEqualTo("Det går ikke nå: tilbudet har status Avslått (det må ha status Sendt).");
        assertThat(browser.text(By.id("quote-status"))).isEqualTo("Avslått");
        assertThat(browser.driver().findElements(By.id("accept"))).isEmpty();
        assertThat(sales.orderOfQuote(quote.getId())).as("no order").isEmpty();
    }

    @Test
    void anAuditorReadsQuotesAndOrdersWithoutAButton() {
        Customer customer = data.business("revisor" + System.nanoTime() + "@kunde.example");
        Product product = data.product("3", "100.00");
        Quote draft = quotes.register(new QuoteForm(customer.getId(), null, null, null,
                List.of(new SalesLineForm(product.getId(), null, BigDecimal.ONE, null, null, null, null))),
                "clerk");
        SalesOrder order = confirmedOrder(customer, product);
        browser.login("auditor");

        browser.open("/quotes");
        assertThat(browser.driver().findElements(By.id("new-quote"))).isEmpty();
        browser.open("/quotes/" + draft.getId());
        assertThat(browser.text(By.id("quote-status"))).isEqualTo("Utkast");
        assertThat(browser.driver().findElements(By.cssSelector("main form, main button, #edit-quote"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#waiting-tasks a"))).isEmpty();
        browser.open("/quotes/" + draft.getId() + "/edit");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/quotes/" + draft.getId());
        browser.open("/quotes/new");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/quotes");

        browser.open("/orders/" + order.getId());
        assertThat(browser.text(By.id("order-status"))).isEqualTo("Bekreftet");
        assertThat(browser.driver().findElements(By.cssSelector("main form, main button"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#waiting-tasks a"))).isEmpty();
        assertThat(browser.text(By.id("waiting-tasks"))).contains("Register delivery");

        browser.open("/orders?lang=en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Orders");
    }

    /** A quote sent, accepted and its order confirmed, through the processes as the API does it: 2 units. */
    private SalesOrder confirmedOrder(Customer customer, Product product) {
        Quote quote = quotes.register(new QuoteForm(customer.getId(), null, null, null,
                List.of(new SalesLineForm(product.getId(), null, new BigDecimal("2"), null, null, null,
                        null))), "clerk");
        quotes.send(quote.getId(), "clerk");
        quotes.accept(quote.getId(), "clerk");
        return orders.confirm(sales.orderOfQuote(quote.getId()).orElseThrow().getId(), "clerk");
    }
}
