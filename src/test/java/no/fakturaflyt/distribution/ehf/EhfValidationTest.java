package no.fakturaflyt.distribution.ehf;

import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.count;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.creditNote;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.document;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.fourRates;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.invoice;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.line;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import no.fakturaflyt.distribution.ehf.EhfDocument.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * EHF documents from {@link EhfWriter} against phive's Peppol BIS Billing 3.0 rules. One validator for the class: the
 * rule sets are compiled on first use, which takes seconds.
 */
class EhfValidationTest {

    private static EhfValidator validator;
    private final EhfWriter writer = new EhfWriter();

    @BeforeAll
    static void buildValidator() {
        long start = System.nanoTime();
        validator = new EhfValidator();
        long built = System.nanoTime();
        validator.validate(new EhfWriter().write(invoice(fourRates())), Kind.INVOICE);
        long first = System.nanoTime();
        validator.validate(new EhfWriter().write(invoice(fourRates())), Kind.INVOICE);
        long second = System.nanoTime();
        System.out.printf("EHF validator: registry %d ms, first invoice validation %d ms, next %d ms (rules %s)%n",
                (built - start) / 1_000_000, (first - built) / 1_000_000, (second - first) / 1_000_000,
                validator.rulesInForce(Kind.INVOICE));
    }

    private static List<EhfValidationError> errors(List<EhfValidationError> findings) {
        return findings.stream().filter(EhfValidationError::isError).toList();
    }

    private static List<String> ruleIds(List<EhfValidationError> findings) {
        return findings.stream().map(EhfValidationError::ruleId).toList();
    }

    @Test
    void invoiceWithFourRatesPassesTheInvoiceRules() {
        String xml = writer.write(invoice(fourRates()));

        List<EhfValidationError> findings = validator.validate(xml, Kind.INVOICE);

        assertThat(errors(findings)).as(findings.toString()).isEmpty();
        assertThat(findings).as("no warnings either").isEmpty();
        assertThat(count(xml, "/inv:Invoice/cac:InvoiceLine")).isEqualTo(4);
        assertThat(count(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal")).isEqualTo(4);
        assertThat(xpath(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("5747.77");
        validator.requireValid(xml, Kind.INVOICE, "EHF invoice 10001");
    }

    @Test
    void creditNotePassesTheCreditNoteRules() {
        String xml = writer.write(creditNote(fourRates()));

        List<EhfValidationError> findings = validator.validate(xml, Kind.CREDIT_NOTE);

        assertThat(errors(findings)).as(findings.toString()).isEmpty();
        assertThat(xpath(xml, "/cn:CreditNote/cbc:CreditNoteTypeCode")).isEqualTo("381");
        assertThat(xpath(xml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"))
                .isEqualTo("10001");
        // the invoice rules do not take a credit note
        assertThat(errors(validator.validate(xml, Kind.INVOICE))).isNotEmpty();
    }

    @Test
    void invoiceAndCreditNoteWithAnAttachedPdfPass() {
        byte[] pdf = EhfTestDocuments.smallPdf("Faktura 10001");
        EhfDocument.Attachment attachment = EhfDocument.Attachment.pdf("faktura-10001.pdf", pdf, "Faktura 10001");
        String invoiceXml = writer.write(document(Kind.INVOICE, "10001", fourRates(), false, attachment));
        String creditXml = writer.write(document(Kind.CREDIT_NOTE, "10002", fourRates(), false,
                EhfDocument.Attachment.pdf("kreditnota-10002.pdf", pdf, null)));

        assertThat(errors(validator.validate(invoiceXml, Kind.INVOICE))).isEmpty();
        assertThat(errors(validator.validate(creditXml, Kind.CREDIT_NOTE))).isEmpty();
        String binary = "/inv:Invoice/cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject";
        assertThat(xpath(invoiceXml, binary + "/@mimeCode")).isEqualTo("application/pdf");
        assertThat(xpath(invoiceXml, binary + "/@filename")).isEqualTo("faktura-10001.pdf");
        byte[] embedded = java.util.Base64.getMimeDecoder().decode(xpath(invoiceXml, binary));
        assertThat(embedded).isEqualTo(pdf);
        assertThat(new String(embedded, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void discountLineAndRoundingKeepTheTotalsConsistent() {
        List<EhfDocument.Line> lines = List.of(
                line("1", "Rådgivning, 10 % rabatt", "3", "time", "1100.00", "10", EhfVatCategory.forVatCode("3")),
                line("2", "Permer, 12,5 % rabatt", "7", "stk", "33.33", "12.5", EhfVatCategory.forVatCode("3")),
                line("3", "Kaffe", "3", "stk", "41.10", null, EhfVatCategory.forVatCode("31")));
        EhfDocument doc = document(Kind.INVOICE, "10003", lines, true, null);
        assertThat(doc.rounding()).as("the fixture must round").isNotZero();
        String xml = writer.write(doc);

        List<EhfValidationError> findings = validator.validate(xml, Kind.INVOICE);

        assertThat(errors(findings)).as(findings.toString()).isEmpty();
        assertThat(xpath(xml, "/inv:Invoice/cac:InvoiceLine[1]/cac:AllowanceCharge/cbc:Amount")).isEqualTo("330.00");
        assertThat(xpath(xml, "/inv:Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount")).isEqualTo("204.15");
        assertThat(xpath(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableRoundingAmount"))
                .isEqualTo(doc.rounding().toPlainString());
        assertThat(new BigDecimal(xpath(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount")).scale())
                .isEqualTo(2);
        assertThat(new BigDecimal(xpath(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount")).remainder(
                BigDecimal.ONE)).isZero();
    }

    @Test
    void totalsThatDoNotAddUpAreStoppedWithTheRule() {
        EhfDocument good = invoice(fourRates());
        EhfDocument bad = new EhfDocument(good.kind(), good.number(), good.issueDate(), good.dueDate(),
                good.deliveryDate(), good.buyerReference(), good.orderReference(), good.billingReference(),
                good.note(), good.currency(), good.seller(), good.buyer(), good.payment(), good.paymentTerms(),
                good.lines(), good.vatBreakdown(), good.netTotal(), good.vatTotal(), good.rounding(),
                good.payableTotal().add(BigDecimal.ONE), good.attachment());
        String xml = writer.write(bad);

        List<EhfValidationError> findings = validator.validate(xml, Kind.INVOICE);

        assertThat(ruleIds(errors(findings))).contains("BR-CO-16");
        EhfValidationError error = errors(findings).stream().filter(e -> e.ruleId().equals("BR-CO-16")).findFirst()
                .orElseThrow();
        assertThat(error.message()).contains("Amount due for payment").doesNotStartWith("[");
        assertThat(error.location()).contains("LegalMonetaryTotal");
        assertThatThrownBy(() -> validator.requireValid(xml, Kind.INVOICE, "EHF invoice 10001"))
                .isInstanceOf(EhfValidationException.class)
                .hasMessageContaining("EHF invoice 10001")
                .hasMessageContaining("BR-CO-16: Amount due for payment")
                .satisfies(e -> assertThat(((EhfValidationException) e).errors()).isNotEmpty());
    }

    @Test
    void aMissingBuyerNameIsStopped() {
        EhfDocument good = invoice(fourRates());
        EhfDocument.Buyer b = good.buyer();
        EhfDocument bad = new EhfDocument(good.kind(), good.number(), good.issueDate(), good.dueDate(),
                good.deliveryDate(), good.buyerReference(), good.orderReference(), good.billingReference(),
                good.note(), good.currency(), good.seller(),
                new EhfDocument.Buyer(" ", b.orgNumber(), b.vatId(), b.customerNumber(), b.addressLine(),
                        b.postalCode(), b.city(), b.countryCode()),
                good.payment(), good.paymentTerms(), good.lines(), good.vatBreakdown(), good.netTotal(),
                good.vatTotal(), good.rounding(), good.payableTotal(), good.attachment());

        List<EhfValidationError> findings = validator.validate(writer.write(bad), Kind.INVOICE);

        assertThat(ruleIds(errors(findings))).contains("BR-07");
        assertThatThrownBy(() -> validator.requireValid(writer.write(bad), Kind.INVOICE))
                .isInstanceOf(EhfValidationException.class)
                .hasMessageContaining("BR-07: An Invoice shall contain the Buyer name");
    }

    @Test
    void warningsAreKeptButDoNotStopTheDocument() {
        EhfDocument good = invoice(fourRates());
        EhfDocument.Seller s = good.seller();
        EhfDocument noForetaksregisteret = new EhfDocument(good.kind(), good.number(), good.issueDate(),
                good.dueDate(), good.deliveryDate(), good.buyerReference(), good.orderReference(),
                good.billingReference(), good.note(), good.currency(),
                new EhfDocument.Seller(s.name(), s.orgNumber(), s.vatRegistered(), false, s.addressLine(),
                        s.postalCode(), s.city(), s.countryCode(), s.email()),
                good.buyer(), good.payment(), good.paymentTerms(), good.lines(), good.vatBreakdown(), good.netTotal(),
                good.vatTotal(), good.rounding(), good.payableTotal(), good.attachment());
        String xml = writer.write(noForetaksregisteret);

        List<EhfValidationError> warnings = validator.requireValid(xml, Kind.INVOICE);

        assertThat(warnings).extracting(EhfValidationError::ruleId).containsExactly("NO-R-002");
        assertThat(warnings.get(0).severity()).isEqualTo(EhfValidationError.Severity.WARNING);
    }

    @Test
    void reverseChargeAndExportCarryTheirExemptionReason() {
        String reverse = writer.write(invoice(List.of(
                line("1", "Klimakvoter", "10", "stk", "850.00", null, EhfVatCategory.forVatCode("51")))));
        String export = writer.write(invoice(List.of(
                line("1", "Eksportvare", "2", "stk", "1000.00", null, EhfVatCategory.forVatCode("52")))));

        assertThat(errors(validator.validate(reverse, Kind.INVOICE))).isEmpty();
        assertThat(errors(validator.validate(export, Kind.INVOICE))).isEmpty();
        assertThat(xpath(reverse, "//cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason"))
                .startsWith("Omvendt avgiftsplikt");
        assertThat(xpath(reverse, "//cac:TaxSubtotal/cac:TaxCategory/cbc:ID")).isEqualTo("AE");
        assertThat(xpath(export, "//cac:TaxSubtotal/cac:TaxCategory/cbc:ID")).isEqualTo("G");
    }

    @Test
    void outsideScopeHasNoVatIdsAndMustStandAlone() {
        String alone = writer.write(invoice(List.of(
                line("1", "Utlegg, gebyr", "1", "stk", "250.00", null, EhfVatCategory.forVatCode("6")))));
        String mixed = writer.write(invoice(List.of(
                line("1", "Rådgivning", "1", "time", "1000.00", null, EhfVatCategory.forVatCode("3")),
                line("2", "Utlegg, gebyr", "1", "stk", "250.00", null, EhfVatCategory.forVatCode("7")))));

        assertThat(errors(validator.validate(alone, Kind.INVOICE))).isEmpty();
        assertThat(count(alone, "//cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']")).isZero();
        assertThat(xpath(alone, "//cac:AccountingSupplierParty//cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='TAX']"
                + "/cbc:CompanyID")).isEqualTo("Foretaksregisteret");
        assertThat(ruleIds(errors(validator.validate(mixed, Kind.INVOICE)))).contains("BR-O-11");
    }

    @Test
    void paymentToAnIbanWithBicAndAGivenBuyerVatIdPass() {
        EhfDocument doc = invoice(fourRates());
        EhfDocument.Buyer b = doc.buyer();
        EhfDocument withIban = new EhfDocument(doc.kind(), doc.number(), doc.issueDate(), doc.dueDate(),
                doc.deliveryDate(), "Ola Nordmann", "PO-778", null, "Takk for handelen!", "NOK", doc.seller(),
                new EhfDocument.Buyer(b.name(), b.orgNumber(), "NO987654325MVA", b.customerNumber(), b.addressLine(),
                        b.postalCode(), b.city(), b.countryCode()),
                new EhfDocument.Payment("1001100012", "12345678903", "NO93 8601 1117 947", "DNBANOKK"),
                "14 dager netto", doc.lines(), doc.vatBreakdown(), doc.netTotal(), doc.vatTotal(), doc.rounding(),
                doc.payableTotal(), null);
        String xml = writer.write(withIban);

        List<EhfValidationError> findings = validator.validate(xml, Kind.INVOICE);

        assertThat(errors(findings)).as(findings.toString()).isEmpty();
        assertThat(count(xml, "/inv:Invoice/cac:PaymentMeans")).isEqualTo(2);
        assertThat(xpath(xml, "/inv:Invoice/cac:OrderReference/cbc:ID")).isEqualTo("PO-778");
    }

    @Test
    void notWellFormedXmlIsAFatalFinding() {
        List<EhfValidationError> findings = validator.validate("<Invoice><oops></Invoice>", Kind.INVOICE);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("XML");
            assertThat(f.severity()).isEqualTo(EhfValidationError.Severity.FATAL);
        });
    }

    @Test
    void aSchemaErrorIsReportedBeforeTheBusinessRules() {
        String xml = writer.write(invoice(fourRates()))
                .replace("<cbc:IssueDate>2026-11-02</cbc:IssueDate>", "<cbc:IssueDate>2. november</cbc:IssueDate>");

        List<EhfValidationError> findings = validator.validate(xml, Kind.INVOICE);

        assertThat(ruleIds(errors(findings))).contains("XSD");
    }
}
