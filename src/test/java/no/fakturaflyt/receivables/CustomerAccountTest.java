package no.fakturaflyt.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One customer's March: three invoices, one paid in two parts, one partly credited and overpaid, one with a fee and
 * written off. The account is read back through the API as of several days, as an auditor would.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class CustomerAccountTest {

    static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired PaymentService payments;
    @Autowired LedgerService ledger;
    @Autowired TransactionTemplate transactions;

    Timeline timeline;

    @BeforeEach
    void setUp() {
        timeline = new Timeline(data, jobs, invoices, payments, ledger, transactions);
    }

    @Test
    void theAccountAsOfEachDayShowsItemsTotalsAndTheStatementAsTheyStoodThen() {
        Customer customer = data.business("reskontro@kunde.example");
        Invoice paidInParts = timeline.invoiceOn(MARCH_3, customer, 8);          // 1000.00, due 17 March
        Invoice creditedAndOverpaid = timeline.invoiceOn(MARCH_3, customer, 16); // 2000.00
        Invoice writtenOff = timeline.invoiceOn(MARCH_3, customer, 4);           // 500.00
        timeline.paid(paidInParts, "400.00", LocalDate.of(2025, 3, 5));
        Invoice credit = timeline.creditNoteOn(LocalDate.of(2025, 3, 10), creditedAndOverpaid, 4); // 500.00
        timeline.paid(paidInParts, "600.00", LocalDate.of(2025, 3, 12));
        timeline.paid(creditedAndOverpaid, "1600.00", LocalDate.of(2025, 3, 14)); // 100.00 too much
        timeline.feeOn(LocalDate.of(2025, 3, 20), writtenOff, "70.00");
        Timeline.at(LocalDate.of(2025, 3, 25));
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/follow-up/" + writtenOff.getId()
                + "/write-off", Map.of("reason", "Konkurs"), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Timeline.at(LocalDate.of(2025, 3, 26));

        Map before = account(customer, "2025-03-02");
        assertThat((List) before.get("items")).isEmpty();
        assertThat((List) before.get("movements")).isEmpty();
        assertTotals(before, "0.00", "0.00", "0.00");

        Map posted = account(customer, "2025-03-04");
        assertTotals(posted, "3500.00", "0.00", "3500.00");
        assertThat(items(posted)).extracting(i -> i.get("status")).containsOnly("OPEN");
        assertThat(balances(posted)).containsExactly("1000.00", "3000.00", "3500.00");

        // after the first part and the credit note, before the second part
        Map march11 = account(customer, "2025-03-11");
        Map first = item(march11, paidInParts);
        assertAmount(first, "paid", "400.00");
        assertAmount(first, "openAmount", "600.00");
        assertThat(first.get("status")).isEqualTo("OPEN");
        assertThat((List<Map>) first.get("reductions")).singleElement()
                .satisfies(r -> assertThat(r.get("date")).isEqualTo("2025-03-05"));
        Map second = item(march11, creditedAndOverpaid);
        assertAmount(second, "credited", "500.00");
        assertAmount(second, "openAmount", "1500.00");
        assertTotals(march11, "2600.00", "0.00", "2600.00");
        assertThat(types(march11)).containsExactly("INVOICE", "INVOICE", "INVOICE", "PAYMENT", "CREDIT_NOTE");
        assertThat(balances(march11)).containsExactly("1000.00", "3000.00", "3500.00", "3100.00", "2600.00");
        assertThat(movements(march11).get(4).get("text"))
                .isEqualTo("Credit note " + credit.getInvoiceNumber() + " on invoice "
                        + creditedAndOverpaid.getInvoiceNumber());

        // after the second part: closed on its day, both parts listed with their dates
        Map march13 = account(customer, "2025-03-13");
        Map closed = item(march13, paidInParts);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("closedOn")).isEqualTo("2025-03-12");
        assertAmount(closed, "paid", "1000.00");
        assertThat((List<Map>) closed.get("reductions")).extracting(r -> r.get("date"))
                .containsExactly("2025-03-05", "2025-03-12");
        assertTotals(march13, "2000.00", "0.00", "2000.00");

        // the overpayment closes the second invoice and leaves a credit
        Map march15 = account(customer, "2025-03-15");
        assertThat(item(march15, creditedAndOverpaid).get("status")).isEqualTo("CLOSED");
        assertTotals(march15, "500.00", "100.00", "400.00");
        assertThat(balances(march15)).last().isEqualTo("400.00");

        // the fee is there from its day; the unpaid invoice is 4 days overdue
        Map march21 = account(customer, "2025-03-21");
        assertThat(items(march21)).extracting(i -> i.get("type"))
                .containsExactly("INVOICE", "INVOICE", "INVOICE", "REMINDER_FEE");
        assertThat(item(march21, writtenOff).get("daysOverdue")).isEqualTo(4);
        assertThat(item(march21, paidInParts).get("daysOverdue")).isEqualTo(0);
        assertTotals(march21, "570.00", "100.00", "470.00");

        // written off on the 25th: invoice and fee in one movement; the customer's credit remains
        Map today = account(customer, null);
        assertThat(today.get("asOf")).isEqualTo("2025-03-26");
        assertThat(items(today)).extracting(i -> i.get("status")).containsOnly("CLOSED");
        assertAmount(item(today, writtenOff), "writtenOff", "500.00");
        assertTotals(today, "0.00", "100.00", "-100.00");
        Map writeOff = movements(today).get(movements(today).size() - 1);
        assertThat(writeOff.get("type")).isEqualTo("WRITE_OFF");
        assertThat(writeOff.get("date")).isEqualTo("2025-03-25");
        assertThat(new BigDecimal(writeOff.get("credit").toString())).isEqualByComparingTo("570.00");
        assertThat(new BigDecimal(writeOff.get("balance").toString())).isEqualByComparingTo("-100.00");
        assertThat(types(today)).containsExactly("INVOICE", "INVOICE", "INVOICE", "PAYMENT", "CREDIT_NOTE",
                "PAYMENT", "PAYMENT", "REMINDER_FEE", "WRITE_OFF");

        // told from dated facts, today's account agrees with what the ledger holds open now
        for (Map item : items(today)) {
            OpenItem now = ledger.openItemsOf(customer.getId()).stream()
                    .filter(i -> i.getId() == ((Number) item.get("openItemId")).longValue()).findFirst().orElseThrow();
            assertThat(new BigDecimal(item.get("openAmount").toString())).isEqualByComparingTo(now.getOpenAmount());
        }
        // and a past day reads the same after later events as it did before them
        assertThat(account(customer, "2025-03-11")).isEqualTo(march11);
    }

    @Test
    void anUnknownCustomerIsNotFoundAndAMalformedDateIsRefusedNamingAsOf() {
        ResponseEntity<Map> unknown = rest.withBasicAuth("auditor", "auditor")
                .getForEntity("/api/customers/987654321/account", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Customer customer = data.business("datoformat@kunde.example");
        ResponseEntity<Map> malformed = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/api/customers/" + customer.getId() + "/account?asOf=2025-13-01", Map.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().toString()).contains("asOf");
        ResponseEntity<Map> agingMalformed = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/api/receivables/aging?asOf=yesterday", Map.class);
        assertThat(agingMalformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(agingMalformed.getBody().toString()).contains("asOf");
    }

    Map account(Customer customer, String asOf) {
        ResponseEntity<Map> response = rest.withBasicAuth("auditor", "auditor").getForEntity("/api/customers/"
                + customer.getId() + "/account" + (asOf == null ? "" : "?asOf=" + asOf), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    static List<Map> items(Map account) {
        return (List<Map>) account.get("items");
    }

    static List<Map> movements(Map account) {
        return (List<Map>) account.get("movements");
    }

    static Map item(Map account, Invoice invoice) {
        return items(account).stream().filter(i -> "INVOICE".equals(i.get("type"))
                && ((Number) i.get("invoiceNumber")).longValue() == invoice.getInvoiceNumber()).findFirst()
                .orElseThrow();
    }

    static List<String> types(Map account) {
        return movements(account).stream().map(m -> (String) m.get("type")).toList();
    }

    static List<String> balances(Map account) {
        return movements(account).stream().map(m -> new BigDecimal(m.get("balance").toString()).setScale(2)
                .toPlainString()).toList();
    }

    static void assertAmount(Map map, String field, String expected) {
        assertThat(new BigDecimal(map.get(field).toString())).as(field).isEqualByComparingTo(expected);
    }

    static void assertTotals(Map account, String balance, String credit, String net) {
        assertAmount(account, "balance", balance);
        assertAmount(account, "credit", credit);
        assertAmount(account, "net", net);
        List<Map> movements = movements(account);
        if (!movements.isEmpty()) {
            assertAmount(movements.get(movements.size() - 1), "balance", net);
        }
    }
}
