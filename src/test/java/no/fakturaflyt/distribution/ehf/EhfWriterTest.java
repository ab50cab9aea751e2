package no.fakturaflyt.distribution.ehf;

import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.count;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.creditNote;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.fourRates;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.invoice;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.line;
import static no.fakturaflyt.distribution.ehf.EhfTestDocuments.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UBL that {@link EhfWriter} writes, read back with XPath (validation: {@link EhfValidationTest}). */
class EhfWriterTest {

    private static final String SELLER = "/inv:Invoice/cac:AccountingSupplierParty/cac:Party";
    private static final String BUYER = "/inv:Invoice/cac:AccountingCustomerParty/cac:Party";

    private final EhfWriter writer = new EhfWriter();

    @Test
    void invoiceHeaderFollowsPeppolBisBilling3() {
        String xml = writer.write(invoice(fourRates()));

        assertThat(xpath(xml, "/inv:Invoice/cbc:CustomizationID"))
                .isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
        assertThat(xpath(xml, "/inv:Invoice/cbc:ProfileID")).isEqualTo("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
        assertThat(xpath(xml, "/inv:Invoice/cbc:ID")).isEqualTo("10001");
        assertThat(xpath(xml, "/inv:Invoice/cbc:IssueDate")).isEqualTo("2026-11-02");
        assertThat(xpath(xml, "/inv:Invoice/cbc:DueDate")).isEqualTo("2026-11-16");
        assertThat(xpath(xml, "/inv:Invoice/cbc:InvoiceTypeCode")).isEqualTo("380");
        assertThat(xpath(xml, "/inv:Invoice/cbc:DocumentCurrencyCode")).isEqualTo("NOK");
    }

    @Test
    void sellerCarriesTheNorwegianVatIdAndForetaksregisteret() {
        String xml = writer.write(invoice(fourRates()));

        assertThat(xpath(xml, SELLER + "/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"))
                .isEqualTo("NO123456785MVA");
        assertThat(xpath(xml, SELLER + "/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='TAX']/cbc:CompanyID"))
                .isEqualTo("Foretaksregisteret");
        assertThat(xml).contains("<cbc:CompanyID>NO123456785MVA</cbc:CompanyID>").contains("Foretaksregisteret");
        assertThat(xpath(xml, SELLER + "/cbc:EndpointID")).isEqualTo("123456785");
        assertThat(xpath(xml, SELLER + "/cbc:EndpointID/@schemeID")).isEqualTo("0192");
        assertThat(xpath(xml, SELLER + "/cac:PartyLegalEntity/cbc:CompanyID")).isEqualTo("123456785");
        assertThat(xpath(xml, SELLER + "/cac:PartyLegalEntity/cbc:CompanyID/@schemeID")).isEqualTo("0192");
        assertThat(xpath(xml, SELLER + "/cac:PartyLegalEntity/cbc:RegistrationName")).isEqualTo("Fjordlys Regnskap AS");
        assertThat(xpath(xml, SELLER + "/cac:Contact/cbc:ElectronicMail")).isEqualTo("faktura@fjordlys.no");
    }

    @Test
    void sellerWithoutVatRegistrationOrForetaksregisteretHasNeither() {
        EhfDocument doc = invoice(fourRates());
        EhfDocument.Seller s = doc.seller();
        EhfDocument plain = withSeller(doc, new EhfDocument.Seller(s.name(), s.orgNumber(), false, false,
                s.addressLine(), s.postalCode(), s.city(), s.countryCode(), null));

        String xml = writer.write(plain);

        assertThat(count(xml, SELLER + "/cac:PartyTaxScheme")).isZero();
        assertThat(count(xml, SELLER + "/cac:Contact")).isZero();
        assertThat(xml).doesNotContain("MVA").doesNotContain("Foretaksregisteret");
    }

    @Test
    void buyerIsAddressedByOrganisationNumber() {
        String xml = writer.write(invoice(fourRates()));

        assertThat(xpath(xml, BUYER + "/cbc:EndpointID")).isEqualTo("987654325");
        assertThat(xpath(xml, BUYER + "/cbc:EndpointID/@schemeID")).isEqualTo("0192");
        assertThat(xpath(xml, BUYER + "/cac:PartyLegalEntity/cbc:RegistrationName")).isEqualTo("Nordlys Bygg AS");
        assertThat(xpath(xml, BUYER + "/cac:PartyLegalEntity/cbc:CompanyID/@schemeID")).isEqualTo("0192");
        assertThat(xpath(xml, BUYER + "/cac:PostalAddress/cbc:StreetName")).isEqualTo("Storgata 10");
        assertThat(xpath(xml, BUYER + "/cac:PostalAddress/cbc:PostalZone")).isEqualTo("0155");
        assertThat(xpath(xml, BUYER + "/cac:PostalAddress/cbc:CityName")).isEqualTo("Oslo");
        assertThat(xpath(xml, BUYER + "/cac:PostalAddress/cac:Country/cbc:IdentificationCode")).isEqualTo("NO");
    }

    @Test
    void buyerReferenceDefaultsToTheCustomerNumber() {
        EhfDocument defaulted = invoice(fourRates());
        EhfDocument given = new EhfDocument(defaulted.kind(), defaulted.number(), defaulted.issueDate(),
                defaulted.dueDate(), null, "Ola Nordmann", null, null, null, null, defaulted.seller(),
                defaulted.buyer(), defaulted.payment(), null, defaulted.lines(), defaulted.vatBreakdown(),
                defaulted.netTotal(), defaulted.vatTotal(), null, defaulted.payableTotal(), null);

        assertThat(defaulted.buyerReference()).isEqualTo("1001");
        assertThat(xpath(writer.write(defaulted), "/inv:Invoice/cbc:BuyerReference")).isEqualTo("1001");
        assertThat(xpath(writer.write(given), "/inv:Invoice/cbc:BuyerReference")).isEqualTo("Ola Nordmann");
        assertThat(given.currency()).isEqualTo("NOK");
    }

    @Test
    void kidAndAccountAreTheCreditTransfer() {
        String xml = writer.write(invoice(fourRates()));

        assertThat(count(xml, "/inv:Invoice/cac:PaymentMeans")).isEqualTo(1);
        assertThat(xpath(xml, "/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode")).isEqualTo("30");
        assertThat(xpath(xml, "/inv:Invoice/cac:PaymentMeans/cbc:PaymentID")).isEqualTo("1001100012");
        assertThat(xpath(xml, "/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"))
                .isEqualTo("12345678903");
    }

    @Test
    void anIbanIsASecondCreditTransferWithItsBic() {
        EhfDocument doc = invoice(fourRates());
        EhfDocument withIban = new EhfDocument(doc.kind(), doc.number(), doc.issueDate(), doc.dueDate(),
                doc.deliveryDate(), doc.buyerReference(), null, null, null, null, doc.seller(), doc.buyer(),
                new EhfDocument.Payment("1001100012", "12345678903", "NO93 8601 1117 947", "DNBANOKK"),
                null, doc.lines(), doc.vatBreakdown(), doc.netTotal(), doc.vatTotal(), null, doc.payableTotal(), null);

        String xml = writer.write(withIban);

        assertThat(count(xml, "/inv:Invoice/cac:PaymentMeans")).isEqualTo(2);
        assertThat(xpath(xml, "/inv:Invoice/cac:PaymentMeans[2]/cac:PayeeFinancialAccount/cbc:ID"))
                .isEqualTo("NO9386011117947");
        assertThat(xpath(xml, "/inv:Invoice/cac:PaymentMeans[2]/cac:PayeeFinancialAccount"
                + "/cac:FinancialInstitutionBranch/cbc:ID")).isEqualTo("DNBANOKK");
        assertThat(xpath(xml, "/inv:Invoice/cac:PaymentMeans[2]/cbc:PaymentID")).isEqualTo("1001100012");
    }

    @Test
    void linesCarryQuantityUnitPriceAndVat() {
        String xml = writer.write(invoice(fourRates()));
        String first = "/inv:Invoice/cac:InvoiceLine[1]";

        assertThat(xpath(xml, first + "/cbc:ID")).isEqualTo("1");
        assertThat(xpath(xml, first + "/cbc:InvoicedQuantity")).isEqualTo("3");
        assertThat(xpath(xml, first + "/cbc:InvoicedQuantity/@unitCode")).isEqualTo("HUR");
        assertThat(xpath(xml, first + "/cbc:LineExtensionAmount")).isEqualTo("3600.00");
        assertThat(xpath(xml, first + "/cbc:LineExtensionAmount/@currencyID")).isEqualTo("NOK");
        assertThat(xpath(xml, first + "/cac:Item/cbc:Name")).isEqualTo("Rådgivning regnskap");
        assertThat(xpath(xml, first + "/cac:Item/cac:ClassifiedTaxCategory/cbc:ID")).isEqualTo("S");
        assertThat(xpath(xml, first + "/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent")).isEqualTo("25");
        assertThat(xpath(xml, first + "/cac:Price/cbc:PriceAmount")).isEqualTo("1200.00");
        assertThat(xpath(xml, "/inv:Invoice/cac:InvoiceLine[2]/cbc:InvoicedQuantity/@unitCode")).isEqualTo("H87");
        assertThat(xpath(xml, "/inv:Invoice/cac:InvoiceLine[4]/cac:Item/cac:ClassifiedTaxCategory/cbc:ID"))
                .isEqualTo("Z");
        assertThat(count(xml, "//cac:InvoiceLine/cac:AllowanceCharge")).as("no discount, no allowance").isZero();
    }

    @Test
    void aDiscountIsALineAllowanceOnTheGross() {
        String xml = writer.write(invoice(List.of(
                line("1", "Permer", "7", "stk", "33.33", "12.5", EhfVatCategory.forVatCode("3")))));
        String allowance = "/inv:Invoice/cac:InvoiceLine[1]/cac:AllowanceCharge";

        assertThat(xpath(xml, allowance + "/cbc:ChargeIndicator")).isEqualTo("false");
        assertThat(xpath(xml, allowance + "/cbc:AllowanceChargeReasonCode")).isEqualTo("95");
        assertThat(xpath(xml, allowance + "/cbc:AllowanceChargeReason")).isEqualTo("Rabatt");
        assertThat(xpath(xml, allowance + "/cbc:MultiplierFactorNumeric")).isEqualTo("12.5");
        assertThat(xpath(xml, allowance + "/cbc:BaseAmount")).isEqualTo("233.31");
        assertThat(xpath(xml, allowance + "/cbc:Amount")).isEqualTo("29.16");
        assertThat(xpath(xml, "/inv:Invoice/cac:InvoiceLine[1]/cbc:LineExtensionAmount")).isEqualTo("204.15");
        assertThat(xpath(xml, "/inv:Invoice/cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount")).isEqualTo("33.33");
    }

    @Test
    void vatBreakdownAndTotalsAreWrittenAsGiven() {
        String xml = writer.write(invoice(fourRates()));

        assertThat(xpath(xml, "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount")).isEqualTo("998.97");
        assertThat(xpath(xml, "//cac:TaxSubtotal[cac:TaxCategory/cbc:Percent='15']/cbc:TaxAmount")).isEqualTo("44.97");
        assertThat(xpath(xml, "//cac:TaxSubtotal[cac:TaxCategory/cbc:ID='Z']/cbc:TaxableAmount")).isEqualTo("399.00");
        String totals = "/inv:Invoice/cac:LegalMonetaryTotal";
        assertThat(xpath(xml, totals + "/cbc:LineExtensionAmount")).isEqualTo("4748.80");
        assertThat(xpath(xml, totals + "/cbc:TaxExclusiveAmount")).isEqualTo("4748.80");
        assertThat(xpath(xml, totals + "/cbc:TaxInclusiveAmount")).isEqualTo("5747.77");
        assertThat(count(xml, totals + "/cbc:PayableRoundingAmount")).as("no rounding, no element").isZero();
        assertThat(xpath(xml, totals + "/cbc:PayableAmount")).isEqualTo("5747.77");
    }

    @Test
    void creditNoteReferencesTheInvoiceAndHasTermsInsteadOfPaymentMeans() {
        String xml = writer.write(creditNote(fourRates()));

        assertThat(xpath(xml, "/cn:CreditNote/cbc:CustomizationID")).isEqualTo(EhfWriter.CUSTOMIZATION_ID);
        assertThat(xpath(xml, "/cn:CreditNote/cbc:CreditNoteTypeCode")).isEqualTo("381");
        assertThat(xpath(xml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"))
                .isEqualTo("10001");
        assertThat(count(xml, "/cn:CreditNote/cac:PaymentMeans")).isZero();
        assertThat(xpath(xml, "/cn:CreditNote/cac:PaymentTerms/cbc:Note")).isEqualTo("Avregnes mot faktura 10001");
        assertThat(xpath(xml, "/cn:CreditNote/cac:CreditNoteLine[1]/cbc:CreditedQuantity")).isEqualTo("3");
        assertThat(xpath(xml, "/cn:CreditNote/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme"
                + "[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID")).isEqualTo("NO123456785MVA");
    }

    @Test
    void aDocumentWithoutLinesOrAnInvoiceWithoutPaymentIsRefused() {
        EhfDocument doc = invoice(fourRates());
        EhfDocument noLines = new EhfDocument(doc.kind(), doc.number(), doc.issueDate(), doc.dueDate(), null, null,
                null, null, null, null, doc.seller(), doc.buyer(), doc.payment(), null, List.of(), List.of(),
                doc.netTotal(), doc.vatTotal(), null, doc.payableTotal(), null);
        EhfDocument noPayment = new EhfDocument(doc.kind(), doc.number(), doc.issueDate(), doc.dueDate(), null, null,
                null, null, null, null, doc.seller(), doc.buyer(), null, null, doc.lines(), doc.vatBreakdown(),
                doc.netTotal(), doc.vatTotal(), null, doc.payableTotal(), null);

        assertThatThrownBy(() -> writer.write(noLines)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.write(noPayment)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "-", value = {
            "stk, H87", "STK, H87", "pcs, H87", "time, HUR", "timer, HUR", "hour, HUR", "kg, KGM", "mnd, MON",
            "HUR, HUR", "EA, EA", "kasse, EA", "-, EA", "'', EA"})
    void unitsAreMappedToUneceRecommendation20(String unit, String code) {
        assertThat(EhfWriter.unitCode(unit)).isEqualTo(code);
    }

    private static EhfDocument withSeller(EhfDocument d, EhfDocument.Seller seller) {
        return new EhfDocument(d.kind(), d.number(), d.issueDate(), d.dueDate(), d.deliveryDate(), d.buyerReference(),
                d.orderReference(), d.billingReference(), d.note(), d.currency(), seller, d.buyer(), d.payment(),
                d.paymentTerms(), d.lines(), d.vatBreakdown(), d.netTotal(), d.vatTotal(), d.rounding(),
                d.payableTotal(), d.attachment());
    }
}
