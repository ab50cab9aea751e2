package no.fakturaflyt.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoicePostingService;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SAF-T Financial file of a period with invoices, fees, a credit note and a payment, against the official XSD. */
@FakturaflytTest
class SaftExportTest {

    private static final String NS = "urn:StandardAuditFile-Taxation-Financial:NO";

    @Autowired TestData data;
    @Autowired InvoiceService invoices;
    @Autowired InvoicePostingService posting;
    @Autowired PaymentService payments;
    @Autowired TestRestTemplate rest;
    @Autowired LedgerService ledger;
    @Autowired TransactionTemplate transactions;

    @Test
    void thePeriodsFileValidatesAgainstTheOfficialSchemaAndItsTotalsBalance() throws Exception {
        LocalDate day = data.dayAfterEveryPostedInvoice();
        ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(OsloClock.OSLO).plusHours(10).toInstant()));
        data.company(false, new BigDecimal("35.00"));   // every invoice carries an invoice fee
        Customer customer = data.business("saft@kunde.example");
        Invoice invoice = postApproved(data.draft(customer, data.product("3", "1000.00"), 2,
                data.product("31", "80.00"), 3).getId());
        Invoice credit = postApproved(invoices.createCreditNote(invoice.getId(), null, "Feil antall", "clerk")
                .getId());
        Invoice paid = postApproved(data.draft(customer, data.product("5", "500.00"), 1).getId());
        transactions.executeWithoutResult(status -> {   // a reminder fee, booked as the follow-up books it
            OpenItem fee = ledger.openFeeItem(invoice.getId(), "REMINDER_1", day, day.plusDays(14),
                    new BigDecimal("35.00"));
            ledger.post(new VoucherRequest(day, "Purregebyr", "REMINDER_FEE", fee.getId(), "clerk", List.of(
                    PostingLine.debit(LedgerService.RECEIVABLES_ACCOUNT, fee.getOriginalAmount(), null,
                            customer.getId(), "Purregebyr"),
                    PostingLine.credit(3900, fee.getOriginalAmount(), null, null, "Purregebyr"))));
        });
        payments.register(paid.getId(), new PaymentForm(paid.getTotal(), day, "Nettbank"), "MANUAL",
                "saft-" + System.nanoTime(), "clerk");

        ResponseEntity<byte[]> byClerk = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/api/saft?from={from}&to={to}", byte[].class, day.withDayOfMonth(1), day);
        assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<byte[]> response = rest.withBasicAuth("auditor", "auditor")
                .getForEntity("/api/saft?from={from}&to={to}", byte[].class, day.withDayOfMonth(1), day);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .startsWith("SAF-T Financial_" + TestData.COMPANY_ORG_NUMBER + "_");
        byte[] file = response.getBody();

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/saft/Norwegian_SAF-T_Financial_Schema_v_1.30.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
        Element entries = (Element) xml.getElementsByTagNameNS(NS, "GeneralLedgerEntries").item(0);
        BigDecimal totalDebit = new BigDecimal(text(entries, "TotalDebit"));
        assertThat(new BigDecimal(text(entries, "TotalCredit"))).isEqualByComparingTo(totalDebit);
        NodeList transactions = entries.getElementsByTagNameNS(NS, "Transaction");
        assertThat(Integer.parseInt(text(entries, "NumberOfEntries"))).isEqualTo(transactions.getLength());
        assertThat(sum(entries, "DebitAmount")).isEqualByComparingTo(totalDebit);
        assertThat(sum(entries, "CreditAmount")).isEqualByComparingTo(totalDebit);

        List<String> voucherTypes = new ArrayList<>();
        for (int i = 0; i < transactions.getLength(); i++) {
            voucherTypes.add(text((Element) transactions.item(i), "VoucherType"));
        }
        assertThat(voucherTypes).contains("INVOICE", "CREDIT_NOTE", "PAYMENT", "REMINDER_FEE");
        assertThat(totalDebit).isGreaterThanOrEqualTo(invoice.getTotal().add(credit.getTotal()).add(paid.getTotal())
                .add(paid.getTotal()));

        NodeList taxCodes = xml.getElementsByTagNameNS(NS, "StandardTaxCode");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < taxCodes.getLength(); i++) {
            codes.add(taxCodes.item(i).getTextContent());
        }
        assertThat(codes).contains("3", "31", "33", "5", "6");
        NodeList customers = xml.getElementsByTagNameNS(NS, "CustomerID");
        boolean listed = false;
        for (int i = 0; i < customers.getLength(); i++) {
            listed |= customers.item(i).getTextContent().equals(customer.getId().toString());
        }
        assertThat(listed).isTrue();
    }

    @Test
    void aPeriodAcrossTwoYearsIsRefusedNamingTheField() {
        ResponseEntity<String> response = rest.withBasicAuth("admin", "admin")
                .getForEntity("/api/saft?from=2025-12-01&to=2026-01-31", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"to\"");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }

    private static BigDecimal sum(Element entries, String amountElement) {
        NodeList amounts = entries.getElementsByTagNameNS(NS, amountElement);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < amounts.getLength(); i++) {
            Element parent = (Element) amounts.item(i);
            if (parent.getParentNode().getLocalName().equals("Line")) {
                sum = sum.add(new BigDecimal(text(parent, "Amount")));
            }
        }
        return sum;
    }

    /** Approved and posted as the invoice lifecycle does it (its call activity), without the distribution run. */
    private Invoice postApproved(long id) {
        invoices.approveForLifecycle(id, "clerk");
        return posting.post(id);
    }
}
