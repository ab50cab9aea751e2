package no.fakturaflyt.sales;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceLine;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceStatus;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole way through the REST API as a clerk goes it: a quote e-mailed with its PDF, accepted, made into an order
 * whose price is changed and a line added, confirmed and e-mailed, delivered in two parts and invoiced twice at the
 * confirmed prices. Each action goes through the quote's process (OnePathTest shows the process side).
 */
@FakturaflytTest
@SuppressWarnings("unchecked")
class QuoteToInvoiceTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;

    @Test
    void aQuoteBecomesAConfirmedOrderAndTwoInvoicesAtTheConfirmedPrices() throws Exception {
        Customer customer = data.business("innkjop@salg.example");
        Product chairs = data.product("3", "1000.00");
        Product cushions = data.product("3", "200.00");

        // the quote: 10 × 1000 + 5 × 200 = 11 000 + 25 % = 13 750
        ResponseEntity<Map> created = clerk().postForEntity("/api/quotes", Map.of("customerId", customer.getId(),
                "terms", "Levering innen 14 dager",
                "lines", List.of(Map.of("productId", chairs.getId(), "quantity", 10),
                        Map.of("productId", cushions.getId(), "quantity", 5))), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long quoteId = id(created.getBody());
        assertThat(created.getBody().get("status")).isEqualTo("DRAFT");
        assertThat(created.getBody().get("number")).isNull();
        assertThat(amount(created.getBody().get("total"))).isEqualByComparingTo("13750.00");

        assertThat(pdfText("/api/quotes/" + quoteId + "/preview.pdf")).contains("Tilbud", "FORHÅNDSVISNING",
                chairs.getName());

        Map<String, Object> sent = clerk().postForObject("/api/quotes/" + quoteId + "/send", null, Map.class);
        assertThat(sent.get("status")).isEqualTo("SENT");
        long quoteNumber = ((Number) sent.get("number")).longValue();
        assertThat(quoteNumber).isGreaterThanOrEqualTo(1001);
        clerk().postForObject("/api/quotes/" + quoteId + "/send", null, Map.class);   // a repeat sends nothing

        List<MimeMessage> quoteMails = Mails.to("innkjop@salg.example");
        assertThat(quoteMails).hasSize(1);
        assertThat(quoteMails.get(0).getSubject()).isEqualTo("Tilbud " + quoteNumber + " fra Testfirma AS");
        assertThat(Mails.attachmentNames(quoteMails.get(0))).containsExactly("tilbud-" + quoteNumber + ".pdf");
        String quotePdf = Mails.pdfText(quoteMails.get(0));
        assertThat(quotePdf).contains("Tilbud", String.valueOf(quoteNumber), "Gyldig til", chairs.getName(),
                cushions.getName(), "Levering innen 14 dager", "13 750,00").doesNotContain("KID", "Forfallsdato");

        // the customer accepts; the order confirmation is made from the quote, once
        assertThat(clerk().postForObject("/api/quotes/" + quoteId + "/accept", null, Map.class).get("status"))
                .isEqualTo("ACCEPTED");
        ResponseEntity<Map> order = clerk().postForEntity("/api/orders", Map.of("quoteId", quoteId), Map.class);
        assertThat(order.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long orderId = id(order.getBody());
        assertThat(id(clerk().postForEntity("/api/orders", Map.of("quoteId", quoteId), Map.class).getBody()))
                .isEqualTo(orderId);
        assertThat((List<?>) order.getBody().get("lines")).hasSize(2);

        // the clerk lowers the chairs' price and adds mounting: 10 × 950 + 1000 + 2 × 500 = 11 500 + 25 % = 14 375
        Map<String, Object> changed = put("/api/orders/" + orderId, Map.of("lines", List.of(
                Map.of("productId", chairs.getId(), "quantity", 10, "unitPrice", "950.00"),
                Map.of("productId", cushions.getId(), "quantity", 5),
                Map.of("description", "Montering", "quantity", 2, "unitPrice", "500.00", "vatCode", "3"))));
        assertThat(amount(changed.get("total"))).isEqualByComparingTo("14375.00");

        Map<String, Object> register = clerk().getForObject("/api/customers/" + customer.getId() + "/sales", Map.class);
        List<Map<String, Object>> differences = (List<Map<String, Object>>) register.get("differences");
        assertThat(differences).hasSize(1);
        Map<String, Object> difference = differences.get(0);
        assertThat(amount(difference.get("quotedTotal"))).isEqualByComparingTo("13750.00");
        assertThat(amount(difference.get("confirmedTotal"))).isEqualByComparingTo("14375.00");
        assertThat(amount(difference.get("difference"))).isEqualByComparingTo("625.00");
        assertThat((List<Map<String, Object>>) difference.get("linesChanged"))
                .extracting(d -> d.get("lineNo") + " " + d.get("type") + " " + d.get("oldValue") + " -> "
                        + d.get("newValue"))
                .containsExactly("1 UNIT_PRICE 1000.00 -> 950.00",
                        "3 LINE_ADDED null -> Montering, 2 stk × 500.00");
        assertThat((List<Map<String, Object>>) difference.get("recordedChanges"))
                .extracting(c -> c.get("changeType") + " by " + c.get("changedBy"))
                .containsExactly("UNIT_PRICE by clerk", "LINE_ADDED by clerk");
        assertThat(((Map<String, Object>) register.get("hitRate"))).containsEntry("sent", 1).containsEntry("accepted", 1);

        assertThat(pdfText("/api/orders/" + orderId + "/preview.pdf")).contains("Ordrebekreftelse", "FORHÅNDSVISNING",
                "Montering");

        // confirmed: numbered in the order series and e-mailed
        Map<String, Object> confirmed = clerk().postForObject("/api/orders/" + orderId + "/confirm", null, Map.class);
        assertThat(confirmed.get("status")).isEqualTo("CONFIRMED");
        long orderNumber = ((Number) confirmed.get("number")).longValue();
        assertThat(orderNumber).isGreaterThanOrEqualTo(5001);
        clerk().postForObject("/api/orders/" + orderId + "/confirm", null, Map.class);
        List<MimeMessage> mails = Mails.to("innkjop@salg.example");
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).isEqualTo("Ordrebekreftelse " + orderNumber + " fra Testfirma AS");
        assertThat(Mails.pdfText(mails.get(1))).contains("Ordrebekreftelse", String.valueOf(orderNumber),
                "Etter tilbud nr.", String.valueOf(quoteNumber), "Montering", "950,00", "14 375,00");
        ResponseEntity<Map> lateChange = rest.withBasicAuth("clerk", "clerk").exchange("/api/orders/" + orderId,
                org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(
                        Map.of("lines", List.of(Map.of("productId", chairs.getId(), "quantity", 1)))), Map.class);
        assertThat(lateChange.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // first delivery: 4 chairs; more than remains is refused, naming the field
        ResponseEntity<Map> tooMuch = clerk().postForEntity("/api/orders/" + orderId + "/deliveries",
                Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 11))), Map.class);
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMuch.getBody()).containsEntry("field", "lines[0].quantity");
        ResponseEntity<Map> first = clerk().postForEntity("/api/orders/" + orderId + "/deliveries",
                Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 4))), Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long firstDelivery = id(first.getBody());
        // the delivery completed the order's "Register delivery" task: its process invoiced it at once
        assertThat(first.getBody().get("invoiceId")).isNotNull();
        assertThat(status(orderId)).isEqualTo("PARTLY_INVOICED");
        ResponseEntity<Map> overDelivered = clerk().postForEntity("/api/orders/" + orderId + "/deliveries",
                Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 7))), Map.class);
        assertThat(overDelivered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(overDelivered.getBody()).containsEntry("field", "lines[0].quantity");

        long firstInvoice = invoiceOf(firstDelivery);
        assertThat(invoiceOf(firstDelivery)).isEqualTo(firstInvoice);
        assertThat(status(orderId)).isEqualTo("PARTLY_INVOICED");

        // the rest: no lines = everything still undelivered
        ResponseEntity<Map> rest = clerk().postForEntity("/api/orders/" + orderId + "/deliveries", Map.of(), Map.class);
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long secondInvoice = invoiceOf(id(rest.getBody()));
        assertThat(secondInvoice).isNotEqualTo(firstInvoice);
        assertThat(status(orderId)).isEqualTo("INVOICED");

        jobs.executeAll();
        Invoice one = invoices.get(firstInvoice);
        Invoice two = invoices.get(secondInvoice);
        assertThat(one.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(two.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(one.getLines()).extracting(l -> l.getDescription() + " " + l.getQuantity().stripTrailingZeros()
                .toPlainString() + " × " + l.getUnitPrice()).containsExactly(chairs.getName() + " 4 × 950.00");
        assertThat(two.getLines()).extracting(l -> l.getDescription() + " " + l.getQuantity().stripTrailingZeros()
                .toPlainString() + " × " + l.getUnitPrice()).containsExactly(chairs.getName() + " 6 × 950.00",
                cushions.getName() + " 5 × 200.00", "Montering 2 × 500.00");
        assertThat(one.getLines().get(0).getProductId()).isEqualTo(chairs.getId());
        assertThat(one.getLines().get(0).getRevenueAccount()).isEqualTo(chairs.getRevenueAccount());
        assertThat(one.getTotal().add(two.getTotal())).isEqualByComparingTo("14375.00");
        BigDecimal chairsInvoiced = java.util.stream.Stream.concat(one.getLines().stream(), two.getLines().stream())
                .filter(l -> chairs.getId().equals(l.getProductId())).map(InvoiceLine::getQuantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(chairsInvoiced).isEqualByComparingTo("10");
        assertThat(Mails.to("innkjop@salg.example")).hasSize(4);

        // the order list shows all three kinds for the customer
        List<Map<String, Object>> list = clerk().getForObject("/api/sales?customerId=" + customer.getId(), List.class);
        assertThat(list).extracting(e -> e.get("type") + " " + e.get("status"))
                .containsExactlyInAnyOrder("QUOTE ACCEPTED", "ORDER INVOICED", "INVOICE POSTED", "INVOICE POSTED");
        assertThat(clerk().getForObject("/api/sales?type=ORDER&status=INVOICED&customerId=" + customer.getId(),
                List.class)).hasSize(1);
    }

    private String pdfText(String url) throws java.io.IOException {
        ResponseEntity<byte[]> response = clerk().getForEntity(url, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        return Mails.pdfText(response.getBody());
    }

    private long invoiceOf(long deliveryId) {
        ResponseEntity<Map> response = clerk().postForEntity("/api/deliveries/" + deliveryId + "/invoice", null,
                Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((Number) response.getBody().get("invoiceId")).longValue();
    }

    private String status(long orderId) {
        return (String) clerk().getForObject("/api/orders/" + orderId, Map.class).get("status");
    }

    private Map<String, Object> put(String url, Object body) {
        ResponseEntity<Map> response = clerk().exchange(url, org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(body), Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }

    private static BigDecimal amount(Object value) {
        return new BigDecimal(value.toString());
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }
}
