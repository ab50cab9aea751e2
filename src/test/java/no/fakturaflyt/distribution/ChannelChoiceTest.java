package no.fakturaflyt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerForm;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Sandbox;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Which channel the distribution run picks, with the company's default order (EHF, eFaktura, Vipps, AvtaleGiro,
 * e-mail, print-and-post) and the sandbox providers over HTTP, and how it falls back when a provider fails.
 */
@FakturaflytTest
class ChannelChoiceTest {

    @Autowired Sandbox sandbox;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired CustomerService customers;
    @Autowired InvoiceService invoices;
    @Autowired DeliveryLog log;
    @Autowired LedgerService ledger;
    @Autowired TestRestTemplate rest;

    private Product product;

    @BeforeEach
    void setUp() {
        product = data.product("3", "1000.00");
        sandbox.call(HttpMethod.DELETE, "/sandbox/faults", null);
        sandbox.call(HttpMethod.DELETE, "/sandbox/received", null);
    }

    @AfterEach
    void clearFaults() {
        sandbox.call(HttpMethod.DELETE, "/sandbox/faults", null);
    }

    @Test
    void aBusinessInThePeppolDirectoryGetsEhfValidatedAndSentToTheAccessPoint() {
        Customer customer = data.business("innkjop@ehf.example");
        sandbox.call(HttpMethod.POST, "/sandbox/peppol/participants", Map.of("participantId", customer.getOrgNumber()));

        long id = sendAndRun(customer);

        assertThat(delivered(id)).isEqualTo("EHF");
        assertThat(attempt(id, "EHF").getRecipient()).isEqualTo("0192:" + customer.getOrgNumber());
        List<Map<String, Object>> received = sandbox.received("peppol");
        assertThat(received).singleElement()
                .satisfies(r -> assertThat(r.get("idempotencyKey")).isEqualTo("invoice-" + id + "-ehf"));
    }

    @Test
    void aBusinessOutsideThePeppolDirectoryGetsItByEmail() {
        Customer customer = data.business("post@utenfor.example");

        long id = sendAndRun(customer);

        assertThat(delivered(id)).isEqualTo("EMAIL");
        assertThat(attempt(id, "EHF").getStatus()).isEqualTo(DeliveryStatus.UNREACHABLE);
        assertThat(attempt(id, "EHF").getError()).contains("0192:" + customer.getOrgNumber());
    }

    @Test
    void aPrivateCustomerWithEfakturaGetsEfaktura() {
        Customer customer = person("efaktura@privat.example", null, false);
        sandbox.call(HttpMethod.POST, "/sandbox/efaktura/consumers", Map.of("emailOrPhone", "efaktura@privat.example"));

        long id = sendAndRun(customer);

        assertThat(delivered(id)).isEqualTo("EFAKTURA");
        assertThat(attempt(id, "EHF").getStatus()).isEqualTo(DeliveryStatus.SKIPPED);
    }

    @Test
    void aPrivateCustomerWithOnlyVippsGetsVipps() {
        Customer customer = person(null, "+47 400 00 001", false);
        sandbox.call(HttpMethod.POST, "/sandbox/vipps/users", Map.of("mobile", "+4740000001"));

        long id = sendAndRun(customer);

        assertThat(delivered(id)).isEqualTo("VIPPS");
        assertThat(attempt(id, "EFAKTURA").getStatus()).isEqualTo(DeliveryStatus.UNREACHABLE);
    }

    @Test
    void aCreditNoteForAVippsCustomerGoesThroughTheNextChannel() {
        Customer customer = person(null, "+47 400 00 002", false);
        sandbox.call(HttpMethod.POST, "/sandbox/vipps/users", Map.of("mobile", "+4740000002"));
        long invoiceId = sendAndRun(customer);
        assertThat(delivered(invoiceId)).isEqualTo("VIPPS");

        Invoice credit = invoices.createCreditNote(invoiceId, null, "Returned", "clerk");
        invoices.send(credit.getId(), "clerk");
        jobs.executeAll();

        assertThat(attempt(credit.getId(), "VIPPS").getStatus()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(attempt(credit.getId(), "VIPPS").getError()).contains("credit notes");
        assertThat(delivered(credit.getId())).isEqualTo("AUTOPOST");
    }

    @Test
    void aCustomerWithoutEmailAndNoOtherChannelGetsPrintAndPostWithAnAddressSheetFirst() {
        Customer customer = person(null, null, false);

        long id = sendAndRun(customer);

        assertThat(delivered(id)).isEqualTo("AUTOPOST");
        assertThat(attempt(id, "EMAIL").getStatus()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(sandbox.received("print")).singleElement()
                .satisfies(r -> assertThat(r.get("summary").toString()).contains(customer.getName()));
    }

    @Test
    void aCustomerWithAnAvtaleGiroMandateGetsAClaimInTheAvtaleGiroFile() {
        Customer customer = person(null, null, true);

        long id = sendAndRun(customer);

        // the invoice itself went by AvtaleGiro; the payer asked for no bank notice (the mandate's default), so the
        // claim is of type 02 and our own notice went by print-and-post, the next channel that reaches them
        assertThat(log.attempts(id, null)).filteredOn(a -> a.getStatus() == DeliveryStatus.SENT)
                .extracting(DeliveryAttempt::getChannel).containsExactly("AVTALEGIRO");
        assertThat(delivered(id)).isEqualTo("AUTOPOST");
        assertThat(sandbox.received("print")).singleElement()
                .satisfies(r -> assertThat(r.get("summary").toString()).contains(customer.getName()));
        Invoice invoice = invoices.get(id);
        assertThat(attempt(id, "AVTALEGIRO").getMessageId())
                .isEqualTo(String.format("avtalegiro-claims-%07d.txt", invoice.getInvoiceNumber()));
    }

    @Test
    void anAccessPointFailingThreeTimesSendsTheInvoiceByEmail() {
        Customer customer = data.business("reserve@ehf.example");
        sandbox.call(HttpMethod.POST, "/sandbox/peppol/participants", Map.of("participantId", customer.getOrgNumber()));
        sandbox.call(HttpMethod.POST, "/sandbox/faults", Map.of("provider", "peppol", "status", 500, "times", 3));

        Invoice draft = data.draft(customer, product, 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAllWithRetries();

        List<DeliveryAttempt> attempts = log.attempts(draft.getId());
        assertThat(attempts).filteredOn(a -> a.getChannel().equals("EHF"))
                .extracting(DeliveryAttempt::getStatus).containsOnly(DeliveryStatus.FAILED).hasSize(3);
        assertThat(delivered(draft.getId())).isEqualTo("EMAIL");
        assertThat(sandbox.received("peppol")).isEmpty();
    }

    @Test
    void anEfakturaLookupThatTimesOutMovesTheRunOnToEmail() {
        Customer customer = person("treg@privat.example", null, false);
        sandbox.call(HttpMethod.POST, "/sandbox/efaktura/consumers", Map.of("emailOrPhone", "treg@privat.example"));
        sandbox.call(HttpMethod.POST, "/sandbox/faults", Map.of("provider", "efaktura", "delayMillis", 1500, "times", 3));

        Invoice draft = data.draft(customer, product, 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAllWithRetries();

        assertThat(log.attempts(draft.getId())).filteredOn(a -> a.getChannel().equals("EFAKTURA"))
                .extracting(DeliveryAttempt::getStatus).containsExactly(DeliveryStatus.FAILED, DeliveryStatus.FAILED,
                        DeliveryStatus.FAILED);
        assertThat(attempt(draft.getId(), "EFAKTURA").getError()).containsIgnoringCase("timed out");
        assertThat(delivered(draft.getId())).isEqualTo("EMAIL");
    }

    @Test
    void anAcceptedFactoringOfferMovesTheReceivableToTheFactor() {
        Customer customer = data.business("factoring@kunde.example");
        customers.update(customer.getId(), TestData.withDistributionOrder(customer, List.of(no.fakturaflyt.common.ChannelType.FACTORING,
                no.fakturaflyt.common.ChannelType.EMAIL)));
        data.companyWithFactoring();

        long id = sendAndRun(customer);

        assertThat(delivered(id)).isEqualTo("FACTORING");
        assertThat(ledger.findOpenItem(id).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");
        assertThat(ledger.voucherFor("FACTORING", id)).hasValueSatisfying(v ->
                assertThat(v.totalDebit()).isEqualByComparingTo(invoices.get(id).getTotal()));
    }

    private long sendAndRun(Customer customer) {
        Invoice draft = data.draft(customer, product, 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        return draft.getId();
    }

    private String delivered(long invoiceId) {
        return log.attempts(invoiceId).stream().filter(a -> a.getStatus() == DeliveryStatus.SENT)
                .map(DeliveryAttempt::getChannel).reduce((a, b) -> b).orElse(null);
    }

    private DeliveryAttempt attempt(long invoiceId, String channel) {
        return log.attempts(invoiceId).stream().filter(a -> a.getChannel().equals(channel)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No attempt on " + channel + ": " + log.attempts(invoiceId)));
    }

    private Customer person(String email, String mobile, boolean mandate) {
        return customers.create(new CustomerForm(CustomerType.PERSON, "Privat " + System.nanoTime() % 100000, null,
                "Gata 1", null, "0150", "Oslo", "NO", email, mobile, "nb", 30, null, mandate));
    }



}
