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
 * Invoices falling due on the bucket boundaries (0, 1, 30, 31, 60, 61, 90, 91 days before the report day), read
 * through the aging API on that day and the day after, when each boundary invoice moves one bucket on.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class AgingTest {

    static final LocalDate DAY = LocalDate.of(2025, 9, 30);
    static final int TERMS = 14;

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
    void openAmountsFallIntoBucketsByDaysPastDueWithTheBoundariesWhereTheySay() {
        Customer debtor = data.business("aldersfordelt@kunde.example");
        Customer slightlyLate = data.business("litt-sen@kunde.example");
        // posted newest first, so that no follow-up timer of an earlier invoice falls due in between
        Invoice overpaid = timeline.invoiceOn(DAY.minusDays(9), debtor, 1); // 125.00 due in 5 days, paid 325.00
        timeline.invoiceOn(DAY.minusDays(2 + TERMS), slightlyLate, 1);
        int[] daysPastDue = {-5, 0, 1, 30, 31, 60, 61, 90, 91};
        for (int i = 0; i < daysPastDue.length; i++) {
            // quantity i + 1: 125.00, 250.00, ... 1125.00
            timeline.invoiceOn(DAY.minusDays(daysPastDue[i] + TERMS), debtor, i + 1);
        }
        timeline.paid(overpaid, "325.00", DAY.minusDays(5));
        Timeline.at(DAY.plusDays(3));

        Map report = aging("2025-09-30");
        assertThat(report.get("asOf")).isEqualTo("2025-09-30");
        assertBuckets(row(report, debtor), "375.00", "875.00", "1375.00", "1875.00", "1125.00", "200.00");
        assertAmount(row(report, debtor), "overdue", "5250.00");
        assertAmount(row(report, debtor), "open", "5625.00");
        assertAmount(row(report, debtor), "net", "5425.00");
        assertBuckets(row(report, slightlyLate), "0.00", "125.00", "0.00", "0.00", "0.00", "0.00");

        // most overdue first; the total is the sum of the customers
        List<Map> rows = (List<Map>) report.get("customers");
        assertThat(rows.indexOf(row(report, debtor))).isLessThan(rows.indexOf(row(report, slightlyLate)));
        List<BigDecimal> overdue = rows.stream().map(r -> amount((Map) r.get("amounts"), "overdue")).toList();
        assertThat(overdue).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (String field : List.of("notDue", "days1To30", "days31To60", "days61To90", "over90", "credit")) {
            BigDecimal sum = rows.stream().map(r -> amount((Map) r.get("amounts"), field))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(amount((Map) report.get("total"), field)).as(field).isEqualByComparingTo(sum);
        }

        // a day later every boundary invoice has moved on: 0→1, 30→31, 60→61, 90→91
        Map dayAfter = aging("2025-10-01");
        assertBuckets(row(dayAfter, debtor), "125.00", "625.00", "1125.00", "1625.00", "2125.00", "200.00");

        // before the overpayment: no credit yet, the 125.00 invoice still open
        Map earlier = aging(DAY.minusDays(6).toString());
        assertAmount(row(earlier, debtor), "credit", "0.00");
        assertAmount(row(earlier, debtor), "open", "5750.00"); // every invoice, the 125.00 one not yet paid
    }

    Map aging(String asOf) {
        ResponseEntity<Map> response = rest.withBasicAuth("auditor", "auditor")
                .getForEntity("/api/receivables/aging?asOf=" + asOf, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    static Map row(Map report, Customer customer) {
        return ((List<Map>) report.get("customers")).stream()
                .filter(r -> ((Number) r.get("customerId")).longValue() == customer.getId())
                .findFirst().orElseThrow(() -> new AssertionError("customer " + customer.getId() + " not in aging"));
    }

    static void assertBuckets(Map row, String notDue, String days1To30, String days31To60, String days61To90,
            String over90, String credit) {
        Map amounts = (Map) row.get("amounts");
        assertAmount(amounts, "notDue", notDue);
        assertAmount(amounts, "days1To30", days1To30);
        assertAmount(amounts, "days31To60", days31To60);
        assertAmount(amounts, "days61To90", days61To90);
        assertAmount(amounts, "over90", over90);
        assertAmount(amounts, "credit", credit);
    }

    static void assertAmount(Map map, String field, String expected) {
        Map amounts = map.containsKey("amounts") ? (Map) map.get("amounts") : map;
        assertThat(amount(amounts, field)).as(field).isEqualByComparingTo(expected);
    }

    static BigDecimal amount(Map amounts, String field) {
        return new BigDecimal(amounts.get(field).toString());
    }
}
