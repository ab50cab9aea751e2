package no.fakturaflyt.distribution;

import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.count;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.distribution.ehf.EhfDocument;
import no.fakturaflyt.distribution.ehf.EhfValidationError;
import no.fakturaflyt.distribution.ehf.EhfValidator;
import no.fakturaflyt.distribution.ehf.EhfWriter;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.invoicing.CreditLineForm;
import no.fakturaflyt.invoicing.InterestNoteLine;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.VatCode;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Sandbox;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Issue 15 point 7: EHF for every VAT code the ledger seeds (V3__ledger.sql), alone and mixed, posted as the clerk
 * posts an invoice and delivered by the distribution run through {@link EhfChannel}, which builds the document with
 * {@link EhfDocumentFactory} as in production. Each document is built again here through the same factory, from the
 * same invoice, stored PDF, customer and company as {@link DistributionService} gives the channel, and validated with
 * phive against the Peppol BIS Billing 3.0 rules in force ({@link EhfValidator}).
 *
 * <p>What the expectations come from, not from the code under test: norway.md §5 for what each code means and
 * Peppol BIS Billing 3.0 / EN 16931 (UNCL5305 subset) for the category it is in EHF: 3, 31, 33 standard rated (S)
 * at 25, 15, 12 %; 5 zero rated (Z); 51 domestic reverse charge (AE, BR-AE-*); 52 export outside the EEA (G, BR-G-*);
 * 6 and 7 not subject to VAT (O), which has no rate (BR-O-05), zero VAT (BR-O-09), no VAT identifiers (BR-O-02) and
 * no other category beside it (BR-O-11, BR-O-12).
 */
@FakturaflytTest
class EhfEveryVatCodeTest {

    /** Seeded code → EHF category code and rate (null: no rate, BR-O-05). */
    private static final Map<String, Category> EXPECTED = Map.of(
            "3", new Category("S", "25"), "31", new Category("S", "15"), "33", new Category("S", "12"),
            "5", new Category("Z", "0"), "51", new Category("AE", "0"), "52", new Category("G", "0"),
            "6", new Category("O", null), "7", new Category("O", null));

    private static final String TAX_SUBTOTAL = "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal";

    @Autowired Sandbox sandbox;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired LedgerService ledger;
    @Autowired CustomerService customers;
    @Autowired CompanySettingsService company;
    @Autowired DocumentService documents;
    @Autowired DeliveryLog log;
    @Autowired EhfDocumentFactory factory;
    @Autowired EhfWriter writer;
    @Autowired EhfValidator validator;
    @Autowired RuntimeService runtime;
    @Autowired TestRestTemplate rest;

    private Customer customer;

    @BeforeEach
    void aBusinessInThePeppolDirectory() {
        sandbox.call(HttpMethod.DELETE, "/sandbox/faults", null);
        sandbox.call(HttpMethod.DELETE, "/sandbox/received", null);
        customer = data.customer(CustomerType.BUSINESS, "ehf-mva@kunde.example",
                List.of(ChannelType.EHF, ChannelType.EMAIL));
        sandbox.call(HttpMethod.POST, "/sandbox/peppol/participants", Map.of("participantId", customer.getOrgNumber()));
    }

    /**
     * Proves: every seeded code on its own goes out by EHF on the first try, and its document passes phive with no
     * error, with the category and rate Peppol expects and a breakdown that carries zero VAT for O. Fails on the old
     * code for 6 and 7: the factory threw a NullPointerException (no rate), EHF failed and the run fell back.
     */
    @Test
    void everySeededVatCodeAloneGoesOutByEhfAndPassesPeppolBisBilling3() {
        List<String> codes = seededCodes();
        Map<String, Long> invoiceByCode = new LinkedHashMap<>();
        for (String code : codes) {
            invoiceByCode.put(code, send(data.draft(customer, data.product(code, "1000.00"), 2)));
        }

        jobs.executeAll();

        for (Map.Entry<String, Long> entry : invoiceByCode.entrySet()) {
            String code = entry.getKey();
            long id = entry.getValue();
            Category expected = EXPECTED.get(code);
            assertThat(log.attempts(id)).as("VAT code %s", code)
                    .extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                    .containsExactly(tuple("EHF", DeliveryStatus.SENT));

            String xml = validEhf(id, "VAT code " + code);
            assertThat(xpath(xml, TAX_SUBTOTAL + "/cac:TaxCategory/cbc:ID")).as("code %s", code)
                    .isEqualTo(expected.code());
            assertThat(xpath(xml, "/inv:Invoice/cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:ID"))
                    .isEqualTo(expected.code());
            if (expected.percent() == null) {
                assertThat(count(xml, "//cac:ClassifiedTaxCategory/cbc:Percent | //cac:TaxCategory/cbc:Percent"))
                        .as("BR-O-05: no rate for code %s", code).isZero();
                assertThat(xpath(xml, TAX_SUBTOTAL + "/cbc:TaxAmount")).as("BR-O-09").isEqualTo("0.00");
                assertThat(count(xml, "//cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']")).as("BR-O-02").isZero();
            } else {
                assertThat(new BigDecimal(xpath(xml, TAX_SUBTOTAL + "/cac:TaxCategory/cbc:Percent")))
                        .isEqualByComparingTo(expected.percent());
                assertThat(new BigDecimal(xpath(xml, TAX_SUBTOTAL + "/cbc:TaxAmount")))
                        .isEqualByComparingTo(new BigDecimal("20").multiply(new BigDecimal(expected.percent())));
            }
        }
        assertThat(sandbox.received("peppol")).hasSize(codes.size());
    }

    /**
     * Proves, for every pair of seeded codes on one invoice: two categories that may stand together (neither O, or
     * both O) go out by EHF and pass phive; O with any other category is passed over at once with "Recipient cannot
     * take this document by EHF" and the rule (BR-O-11), one attempt, no retry, no incident, and the run delivers by
     * e-mail. The same document written anyway is refused by phive with that very rule, so the channel's refusal is
     * the one Peppol would give.
     */
    @Test
    void everyPairOfSeededVatCodesIsSentByEhfOrRefusedWithTheRuleAndTheRunMovesOn() {
        List<String> codes = seededCodes();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                String a = codes.get(i);
                String b = codes.get(j);
                pairs.add(new Pair(a, b, send(data.draft(customer, data.product(a, "1000.00"), 1,
                        data.product(b, "500.00"), 1))));
            }
        }

        long incidentsBefore = runtime.createIncidentQuery().count();
        jobs.executeAll();

        assertThat(runtime.createIncidentQuery().count()).as("no incident").isEqualTo(incidentsBefore);
        int byEhf = 0;
        for (Pair pair : pairs) {
            String what = "VAT codes " + pair.a() + " and " + pair.b();
            boolean aOutside = EXPECTED.get(pair.a()).percent() == null;
            boolean bOutside = EXPECTED.get(pair.b()).percent() == null;
            if (aOutside == bOutside) {
                assertThat(log.attempts(pair.invoiceId())).as(what)
                        .extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                        .containsExactly(tuple("EHF", DeliveryStatus.SENT));
                validEhf(pair.invoiceId(), what);
                byEhf++;
            } else {
                List<DeliveryAttempt> attempts = log.attempts(pair.invoiceId());
                assertThat(attempts).as(what).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                        .containsExactly(tuple("EHF", DeliveryStatus.SKIPPED), tuple("EMAIL", DeliveryStatus.SENT));
                assertThat(attempts.get(0).getError()).as(what)
                        .contains("Recipient cannot take this document by EHF").contains("BR-O-11");

                List<EhfValidationError> findings = phive(pair.invoiceId());
                assertThat(findings).as(what).filteredOn(EhfValidationError::isError)
                        .extracting(EhfValidationError::ruleId).contains("BR-O-11", "BR-O-12");
            }
        }
        assertThat(sandbox.received("peppol")).hasSize(byEhf);
    }

    /**
     * Proves: an interest note as the follow-up makes it (every line on code 6, a compensation line beside the
     * interest) and the credit note of it both go out by EHF and pass phive, the credit note under the credit-note
     * rules with the interest note as its billing reference.
     */
    @Test
    void anInterestNoteAndItsCreditNoteGoOutByEhf() {
        Invoice note = invoices.createInterestNote(customer.getId(), List.of(
                new InterestNoteLine("Forsinkelsesrente faktura 50001, 01.10.2026–01.11.2026", new BigDecimal("131.51"),
                        8055),
                new InterestNoteLine("Kompensasjon for inndrivelse (forsinkelsesrenteloven § 3a)",
                        new BigDecimal("460.00"), 8055)), "Rentenota", "clerk");
        long noteId = send(note);
        jobs.executeAll();
        Invoice credit = invoices.createCreditNote(noteId, null, "Renten er frafalt", "clerk");
        long creditId = send(credit);
        jobs.executeAll();

        assertThat(log.attempts(noteId)).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EHF", DeliveryStatus.SENT));
        assertThat(log.attempts(creditId)).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EHF", DeliveryStatus.SENT));
        String noteXml = validEhf(noteId, "interest note");
        assertThat(xpath(noteXml, TAX_SUBTOTAL + "/cbc:TaxableAmount")).isEqualTo("591.51");
        assertThat(xpath(noteXml, TAX_SUBTOTAL + "/cac:TaxCategory/cbc:TaxExemptionReasonCode"))
                .isEqualTo("VATEX-EU-O");
        String creditXml = validEhf(creditId, "credit note of the interest note");
        assertThat(xpath(creditXml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"))
                .isEqualTo(String.valueOf(invoices.get(noteId).getInvoiceNumber()));
        assertThat(xpath(creditXml, "/cn:CreditNote/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID"))
                .isEqualTo("O");
    }

    /**
     * Proves (issue 16): the credit of what is left after rounded partial credits carries what is left of the VAT in
     * EHF, and phive accepts it. 3 x 3.34 at 25 %: net 10.02, VAT 2.505 -> 2.51; two credits of 1: VAT 0.835 -> 0.84
     * each; left: net 3.34 with VAT 2.51 - 1.68 = 0.83 (3.34 priced again would be 0.84; EN 16931 BR-CO-17 allows
     * a category's VAT to differ from taxable amount x rate by less than one unit).
     */
    @Test
    void theCreditOfWhatIsLeftCarriesWhatIsLeftOfTheVat() {
        long invoiceId = send(data.draft(customer, data.product("3", "3.34"), 3));
        jobs.executeAll();
        for (int i = 0; i < 2; i++) {
            send(invoices.createCreditNote(invoiceId, List.of(new CreditLineForm(1, BigDecimal.ONE)), null, "clerk"));
            jobs.executeAll();
        }
        long restId = send(invoices.createCreditNote(invoiceId, null, null, "clerk"));
        jobs.executeAll();

        assertThat(log.attempts(restId)).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EHF", DeliveryStatus.SENT));
        String xml = validEhf(restId, "credit of what is left");
        assertThat(xpath(xml, "/cn:CreditNote/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount")).isEqualTo("3.34");
        assertThat(xpath(xml, "/cn:CreditNote/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount")).isEqualTo("0.83");
        assertThat(xpath(xml, "/cn:CreditNote/cac:TaxTotal/cbc:TaxAmount")).isEqualTo("0.83");
        assertThat(xpath(xml, "/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("4.17");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** The codes V3__ledger.sql seeds, each of which this test must know the EHF category of. */
    private List<String> seededCodes() {
        List<String> codes = ledger.vatCodes().stream().map(VatCode::getCode).toList();
        assertThat(codes).as("the seeded VAT codes").isNotEmpty().contains("6", "7");
        assertThat(EXPECTED.keySet()).as("every seeded code has its expected EHF category here")
                .containsAll(codes);
        return codes;
    }

    private long send(Invoice draft) {
        invoices.send(draft.getId(), "clerk");
        return draft.getId();
    }

    /** The document as the EHF channel builds it: the factory, given what DistributionService gives the channel. */
    private EhfDocument build(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        return factory.build(new DeliveryContext(invoice, documents.invoicePdf(invoiceId).orElseThrow(),
                customers.get(invoice.getCustomerId()), company.current(), ChannelType.EHF));
    }

    private List<EhfValidationError> phive(long invoiceId) {
        EhfDocument document = build(invoiceId);
        return validator.validate(writer.write(document), document.kind());
    }

    private String validEhf(long invoiceId, String what) {
        EhfDocument document = build(invoiceId);
        String xml = writer.write(document);
        List<EhfValidationError> findings = validator.validate(xml, document.kind());
        assertThat(findings).as(what + ": " + findings).filteredOn(EhfValidationError::isError).isEmpty();
        return xml;
    }



    private record Category(String code, String percent) {}

    private record Pair(String a, String b, long invoiceId) {}
}
