package no.fakturaflyt.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The rules around the sales flow: numbering, answers, hit rates, validation, collective invoicing. */
@FakturaflytTest
@SuppressWarnings("unchecked")
class SalesRulesTest {

    @Autowired SalesService sales;
    @Autowired OrderProcess orderProcess;
    @Autowired InvoiceService invoices;
    @Autowired TestData data;
    @Autowired TestRestTemplate rest;
    @Autowired Jobs jobs;

    @Test
    void quotesAreNumberedInTheirOwnSeriesInTheOrderTheyAreSent() {
        Customer customer = data.business("nummer@salg.example");
        Product product = data.product("3", "100.00");
        Quote first = sales.createQuote(quoteOf(customer, product, "1"), "clerk");
        Quote second = sales.createQuote(quoteOf(customer, product, "2"), "clerk");

        long a = sales.sendQuote(second.getId(), "clerk").getQuoteNumber();
        long b = sales.sendQuote(first.getId(), "clerk").getQuoteNumber();

        assertThat(a).isGreaterThanOrEqualTo(1001);
        assertThat(b).isEqualTo(a + 1);
        assertThat(sales.sendQuote(second.getId(), "clerk").getQuoteNumber()).isEqualTo(a);
        assertThat(Mails.to("nummer@salg.example")).hasSize(2);
        assertThat(sales.quote(first.getId()).getValidUntil())
                .isEqualTo(LocalDate.now(no.fakturaflyt.common.OsloClock.OSLO).plusDays(30));
        assertThatThrownBy(() -> sales.updateQuote(first.getId(), quoteOf(customer, product, "3"), "clerk"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void declinedAndExpiredQuotesCannotBecomeOrdersAndCountAgainstTheHitRate() {
        Customer customer = data.business("svar@salg.example");
        Product accepted = data.product("3", "100.00");
        Product other = data.product("3", "50.00");
        Quote yes = sent(customer, accepted);
        Quote no = sent(customer, other);
        Quote late = sent(customer, other);

        sales.acceptQuote(yes.getId(), "clerk");
        sales.declineQuote(no.getId(), "Too expensive", "clerk");
        sales.expireQuote(late.getId());
        assertThat(sales.expireQuote(yes.getId()).getStatus()).isEqualTo(QuoteStatus.ACCEPTED);

        assertThatThrownBy(() -> sales.createOrderFromQuote(no.getId(), "clerk")).isInstanceOf(ConflictException.class);
        ResponseEntity<Map> fromExpired = clerk().postForEntity("/api/orders", Map.of("quoteId", late.getId()),
                Map.class);
        assertThat(fromExpired.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map> acceptDeclined = clerk().postForEntity("/api/quotes/" + no.getId() + "/accept", null,
                Map.class);
        assertThat(acceptDeclined.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(sales.quote(no.getId()).getDeclineReason()).isEqualTo("Too expensive");

        Map<String, Object> register = clerk().getForObject("/api/customers/" + customer.getId() + "/sales",
                Map.class);
        assertThat((Map<String, Object>) register.get("hitRate")).containsEntry("sent", 3).containsEntry("accepted", 1)
                .containsEntry("percent", 33.3);
        assertThat((List<?>) register.get("quotes")).hasSize(3);

        Map<String, Object> rates = clerk().getForObject("/api/sales/hit-rates", Map.class);
        assertThat((List<Map<String, Object>>) rates.get("products"))
                .filteredOn(p -> ((Number) p.get("productId")).longValue() == other.getId())
                .extracting(p -> (Map<String, Object>) p.get("hitRate"))
                .containsExactly(Map.of("sent", 2, "accepted", 0, "percent", 0.0));
        assertThat((List<Map<String, Object>>) rates.get("customers"))
                .filteredOn(c -> ((Number) c.get("customerId")).longValue() == customer.getId())
                .extracting(c -> ((Map<String, Object>) c.get("hitRate")).get("percent"))
                .containsExactly(33.3);
        assertThat(clerk().getForObject("/api/sales?type=QUOTE&status=DECLINED&customerId=" + customer.getId(),
                List.class)).hasSize(1);
    }

    @Test
    void validationErrorsNameTheField() {
        Customer customer = data.business("feil@salg.example");
        ResponseEntity<Map> noCustomer = clerk().postForEntity("/api/quotes", Map.of("lines", List.of()), Map.class);
        assertThat(noCustomer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noCustomer.getBody()).containsEntry("field", "customerId");

        ResponseEntity<Map> negative = clerk().postForEntity("/api/quotes", Map.of("customerId", customer.getId(),
                "lines", List.of(Map.of("description", "X", "quantity", -1, "unitPrice", "1.00", "vatCode", "3"))),
                Map.class);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody()).containsEntry("field", "lines[0].quantity");

        ResponseEntity<Map> noVat = clerk().postForEntity("/api/quotes", Map.of("customerId", customer.getId(),
                "lines", List.of(Map.of("description", "X", "quantity", 1, "unitPrice", "1.00"))), Map.class);
        assertThat(noVat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noVat.getBody()).containsEntry("field", "lines[0].vatCode");

        // the sales settings are company settings: the admin's
        ResponseEntity<Map> badInterval = rest.withBasicAuth("admin", "admin").exchange("/api/sales/settings",
                org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(Map.of(
                        "quoteValidityDays", 30, "quoteExpiryReminderDays", 3, "collectiveInvoicing", false,
                        "collectiveInterval", "every week")), Map.class);
        assertThat(badInterval.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badInterval.getBody()).containsEntry("field", "collectiveInterval");

        ResponseEntity<Map> unknownCustomer = clerk().postForEntity("/api/orders", Map.of("customerId", 987654321,
                "lines", List.of()), Map.class);
        assertThat(unknownCustomer.getBody()).containsEntry("field", "customerId");
    }

    @Test
    void threeOrdersOfOneCustomerInvoicedCollectivelyMakeOneInvoice() {
        SalesSettings before = sales.settings();
        sales.updateSettings(new SalesSettingsForm(30, 3, true, "P7D", null, null, null), "admin");
        try {
            Customer customer = data.business("samle@salg.example");
            Product product = data.product("3", "100.00");
            List<Long> orderNumbers = new java.util.ArrayList<>();
            for (int quantity = 1; quantity <= 3; quantity++) {
                SalesOrder order = sales.createOrder(customer.getId(), new OrderForm(List.of(new SalesLineForm(
                        product.getId(), null, BigDecimal.valueOf(quantity), null, null, null, null)), null), "clerk");
                assertThat(order.isCollectiveInvoicing()).isTrue();
                orderNumbers.add(sales.confirmOrder(order.getId(), "clerk").getOrderNumber());
                sales.registerDelivery(order.getId(), new DeliveryForm(null, null), "clerk");
            }

            List<Long> invoiceIds = orderProcess.runCollectiveInvoicing("clerk");

            List<Invoice> ours = invoiceIds.stream().map(invoices::get)
                    .filter(i -> i.getCustomerId() == customer.getId()).toList();
            assertThat(ours).hasSize(1);
            Invoice collective = ours.get(0);
            assertThat(collective.getLines()).hasSize(3);
            assertThat(collective.getLines()).extracting(l -> l.getDescription().split("/levering ")[0])
                    .containsExactly("Ordre " + orderNumbers.get(0), "Ordre " + orderNumbers.get(1),
                            "Ordre " + orderNumbers.get(2));
            assertThat(collective.getLines()).allSatisfy(l -> assertThat(l.getDescription())
                    .endsWith(": " + product.getName()));
            assertThat(collective.getNote()).startsWith("Samlefaktura: ");
            assertThat(invoices.totals(collective).total()).isEqualByComparingTo("750.00");   // 6 × 100 + 25 %
            assertThat(orderProcess.runCollectiveInvoicing("clerk")).doesNotContain(collective.getId());
        } finally {
            sales.updateSettings(new SalesSettingsForm(before.getQuoteValidityDays(),
                    before.getQuoteExpiryReminderDays(), before.isCollectiveInvoicing(),
                    before.getCollectiveInterval(), before.getPaymentTermsDays(), before.getInvoiceFee(),
                    before.getRoundToWholeKroner()), "admin");
        }
    }

    @Test
    void overDeliveryIsRefusedAndADraftOrderCannotBeDelivered() {
        Customer customer = data.business("levering@salg.example");
        Product product = data.product("3", "100.00");
        SalesOrder order = sales.createOrder(customer.getId(), new OrderForm(List.of(new SalesLineForm(product.getId(),
                null, new BigDecimal("2"), null, null, null, null)), null), "clerk");
        assertThatThrownBy(() -> sales.registerDelivery(order.getId(), new DeliveryForm(null, null), "clerk"))
                .isInstanceOf(ConflictException.class);
        sales.confirmOrder(order.getId(), "clerk");
        assertThatThrownBy(() -> sales.registerDelivery(order.getId(), new DeliveryForm(null,
                List.of(new DeliveryForm.DeliveryLine(1, new BigDecimal("1.5")),
                        new DeliveryForm.DeliveryLine(1, new BigDecimal("1")))), "clerk"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "lines[1].quantity");
        assertThatThrownBy(() -> sales.registerDelivery(order.getId(), new DeliveryForm(null,
                List.of(new DeliveryForm.DeliveryLine(2, BigDecimal.ONE))), "clerk"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "lines[0].lineNo");
        sales.registerDelivery(order.getId(), new DeliveryForm(null, null), "clerk");
        assertThat(sales.order(order.getId()).getStatus()).isEqualTo(OrderStatus.DELIVERED);
        assertThatThrownBy(() -> sales.registerDelivery(order.getId(), new DeliveryForm(null, null), "clerk"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anEnglishCustomerGetsAnEnglishQuoteAndSalesInvoicesCarryTheSalesInvoiceFee() throws Exception {
        Customer customer = data.person("english@salg.example", "en");
        Product product = data.product("3", "80.00");
        Quote quote = sent(customer, product);
        var mail = Mails.to("english@salg.example").get(0);
        assertThat(mail.getSubject()).isEqualTo("Quote " + quote.getQuoteNumber() + " from Testfirma AS");
        assertThat(Mails.pdfText(mail)).contains("Quote", "Valid until", product.getName()).doesNotContain("Tilbud");

        SalesSettings before = sales.settings();
        sales.updateSettings(new SalesSettingsForm(30, 3, false, "P7D", null, new BigDecimal("35.00"), null), "admin");
        try {
            sales.acceptQuote(quote.getId(), "clerk");
            SalesOrder order = sales.confirmOrder(sales.createOrderFromQuote(quote.getId(), "clerk").getId(), "clerk");
            Delivery delivery = sales.registerDelivery(order.getId(), new DeliveryForm(null, null), "clerk");
            Invoice invoice = invoices.get(orderProcess.invoice(delivery.getId(), "clerk"));
            assertThat(invoice.getLines()).extracting(l -> l.getDescription() + " " + l.getUnitPrice())
                    .containsExactly(product.getName() + " 80.00", "Invoice fee 35.00");
        } finally {
            sales.updateSettings(new SalesSettingsForm(before.getQuoteValidityDays(),
                    before.getQuoteExpiryReminderDays(), before.isCollectiveInvoicing(),
                    before.getCollectiveInterval(), before.getPaymentTermsDays(), before.getInvoiceFee(),
                    before.getRoundToWholeKroner()), "admin");
        }
    }

    @Test
    void salesInvoicesFollowTheOrderSettingsTermsAndRoundingNotTheCompanys() {
        Customer customer = data.business("vilkaar@salg.example");
        Product product = data.product("3", "80.10");            // 80.10 + 25 % = 100.125
        SalesSettings before = sales.settings();
        sales.updateSettings(new SalesSettingsForm(30, 3, false, "P7D", 5, null, true), "admin");
        try {
            SalesOrder order = sales.confirmOrder(sales.createOrder(customer.getId(), new OrderForm(List.of(
                    new SalesLineForm(product.getId(), null, BigDecimal.ONE, null, null, null, null)), null),
                    "clerk").getId(), "clerk");
            Delivery delivery = sales.registerDelivery(order.getId(), new DeliveryForm(null, null), "clerk");
            long invoiceId = orderProcess.invoice(delivery.getId(), "clerk");
            jobs.executeAll();
            Invoice invoice = invoices.get(invoiceId);
            assertThat(invoice.getDueDate()).as("5 days' terms of the order settings, not the company's 14")
                    .isEqualTo(invoice.getInvoiceDate().plusDays(5));
            assertThat(invoice.getTotal()).as("rounded to whole kroner by the order settings")
                    .isEqualByComparingTo("100.00");
            assertThat(invoice.getRounding()).isEqualByComparingTo("-0.13");
        } finally {
            sales.updateSettings(new SalesSettingsForm(before.getQuoteValidityDays(),
                    before.getQuoteExpiryReminderDays(), before.isCollectiveInvoicing(),
                    before.getCollectiveInterval(), before.getPaymentTermsDays(), before.getInvoiceFee(),
                    before.getRoundToWholeKroner()), "admin");
        }
    }

    private Quote sent(Customer customer, Product product) {
        return sales.sendQuote(sales.createQuote(quoteOf(customer, product, "1"), "clerk").getId(), "clerk");
    }

    private static QuoteForm quoteOf(Customer customer, Product product, String quantity) {
        return new QuoteForm(customer.getId(), null, null, null, List.of(new SalesLineForm(product.getId(), null,
                new BigDecimal(quantity), null, null, null, null)));
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }
}
