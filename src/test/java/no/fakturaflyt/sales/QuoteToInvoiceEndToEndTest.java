package no.fakturaflyt.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The done-when of quote to invoice, on PostgreSQL: quote and answer through the REST API, the clerk's tasks completed
 * through the TaskService as Tasklist completes them; the invoice carries the confirmed lines and prices, and the
 * difference report shows what changed.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class QuoteToInvoiceEndToEndTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    @Test
    void aQuoteAcceptedThroughTheApiEndsAsAnInvoiceAtTheConfirmedPricesWithTheChangeReported() throws Exception {
        Customer customer = data.business("ende@salg.example");
        Product desks = data.product("3", "2000.00");
        Map quote = clerk().postForObject("/api/quotes", Map.of("customerId", customer.getId(),
                "lines", List.of(Map.of("productId", desks.getId(), "quantity", 3))), Map.class);
        long quoteId = ((Number) quote.get("id")).longValue();

        Task review = task(quoteId, "UserTask_ReviewAndSendQuote");
        assertThat(tasks.getVariable(review.getId(), QuoteToInvoice.SUMMARY).toString()).contains(desks.getName())
                .contains("7500.00");
        assertThat(tasks.getVariable(review.getId(), QuoteToInvoice.PREVIEW_LINK))
                .isEqualTo("/api/quotes/" + quoteId + "/preview.pdf");
        tasks.complete(review.getId());
        assertThat(clerk().postForEntity("/api/quotes/" + quoteId + "/accept", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        jobs.executeAll();

        Task confirm = task(quoteId, "UserTask_ConfirmOrder");
        long orderId = (Long) tasks.getVariable(confirm.getId(), QuoteToInvoice.ORDER_ID);
        clerk().exchange("/api/orders/" + orderId, HttpMethod.PUT, new HttpEntity<>(Map.of("lines", List.of(
                Map.of("productId", desks.getId(), "quantity", 3, "unitPrice", "1800.00")))), Map.class);
        tasks.complete(confirm.getId());
        jobs.executeAll();
        tasks.complete(task(quoteId, "UserTask_RegisterDelivery").getId(), Map.of(QuoteToInvoice.DELIVER_ALL, true,
                QuoteToInvoice.DELIVERED_ON, LocalDate.now().toString()));
        jobs.executeAll();
        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();

        Map register = clerk().getForObject("/api/customers/" + customer.getId() + "/sales", Map.class);
        Map difference = ((List<Map>) register.get("differences")).get(0);
        assertThat(difference.get("quotedTotal").toString()).isEqualTo("7500.0");
        assertThat(difference.get("confirmedTotal").toString()).isEqualTo("6750.0");
        assertThat((List) difference.get("recordedChanges")).isNotEmpty();
        List<Map> invoicesOfCustomer = (List<Map>) register.get("invoices");
        assertThat(invoicesOfCustomer).singleElement().satisfies(i -> assertThat(i.get("status")).isEqualTo("POSTED"));
        long invoiceId = ((Number) invoicesOfCustomer.get(0).get("id")).longValue();
        Map invoice = clerk().getForObject("/api/invoices/" + invoiceId, Map.class);
        assertThat((List<Map>) invoice.get("lines")).singleElement().satisfies(line -> {
            assertThat(line.get("unitPrice").toString()).isEqualTo("1800.0");
            assertThat(line.get("quantity").toString()).isEqualTo("3.0");
        });
        assertThat(Mails.to("ende@salg.example")).extracting(m -> m.getSubject().split(" ")[0])
                .containsExactly("Tilbud", "Ordrebekreftelse", "Faktura");
    }

    private Task task(long quoteId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey("quote-" + quoteId).taskDefinitionKey(key)
                .singleResult();
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }
}
