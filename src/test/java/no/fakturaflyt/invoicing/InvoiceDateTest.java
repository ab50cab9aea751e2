package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A clerk may date an invoice back (work done last month), never forward and never out of the series' order. */
@FakturaflytTest
class InvoiceDateTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired OsloClock clock;

    @Test
    void aBackdatedInvoiceIsPostedWithItsDateButGivesTheCustomerTheFullTermsFromTheDayItIsSent() {
        // after every invoice other tests posted in the shared series, so that only this test decides the order
        LocalDate lastMonth = data.dayAfterEveryPostedInvoice().plusDays(1);
        ClockUtil.setCurrentTime(Date.from(lastMonth.plusDays(31).atStartOfDay(OsloClock.OSLO).plusHours(9)
                .toInstant()));
        Customer customer = data.business("tilbake@kunde.example");
        Product product = data.product("3", "100.00");
        long id = createDraft(customer, product, lastMonth);

        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/invoices/" + id + "/send", null,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        Invoice posted = invoices.get(id);
        assertThat(posted.getInvoiceDate()).isEqualTo(lastMonth);
        assertThat(posted.getDueDate()).as("14 days' terms from the day it was sent, not from the invoice date")
                .isEqualTo(lastMonth.plusDays(31 + 14));

        long earlier = createDraft(customer, product, lastMonth.minusDays(1));
        ResponseEntity<Map> outOfOrder = rest.withBasicAuth("clerk", "clerk")
                .postForEntity("/api/invoices/" + earlier + "/send", null, Map.class);
        assertThat(outOfOrder.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfOrder.getBody()).containsEntry("field", "invoiceDate");
        assertThat(outOfOrder.getBody().get("detail").toString()).contains("numbers and dates must run together");
        assertThat(invoices.get(earlier).getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void anInvoiceDateInTheFutureIsRefused() {
        long id = createDraft(data.business("frem@kunde.example"), data.product("3", "100.00"),
                clock.today().plusDays(1));
        ResponseEntity<Map> sent = rest.withBasicAuth("clerk", "clerk")
                .postForEntity("/api/invoices/" + id + "/send", null, Map.class);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sent.getBody()).containsEntry("field", "invoiceDate");
        assertThat(invoices.get(id).getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    }

    private long createDraft(Customer customer, Product product, LocalDate invoiceDate) {
        ResponseEntity<Map> created = rest.withBasicAuth("clerk", "clerk").postForEntity("/api/invoices",
                Map.of("customerId", customer.getId(), "invoiceDate", invoiceDate.toString(),
                        "lines", List.of(Map.of("productId", product.getId(), "quantity", 1))), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("invoiceDate", invoiceDate.toString());
        return ((Number) created.getBody().get("id")).longValue();
    }
}
