package no.fakturaflyt.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.dunning.FollowUpService;
import no.fakturaflyt.dunning.FollowUpStage;
import no.fakturaflyt.dunning.PaymentFollowUp;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.ReductionCause;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit after payment (issue 16 point 2): a paid invoice credited becomes the customer's credit balance, which is
 * refunded to a bank account or set off against the next invoice, whose follow-up then sees less owed. Amounts are
 * worked out by hand: a product of 1 000.00 net at 25 % VAT is 1 250.00 an item.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class CreditAfterPaymentTest {

    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final String VALID_ACCOUNT = "1234.56.78903";   // weights 5,4,3,2,7,6,5,4,3,2: sum 228, 11 - 8 = 3

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired PaymentService payments;
    @Autowired LedgerService ledger;
    @Autowired FollowUpService followUps;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;

    @Test
    void aPaidInvoiceCreditedInFullBecomesTheCustomersCreditOn1500() {
        Customer customer = data.business("tilgode@kunde.example");
        Invoice invoice = invoiceOn(MARCH_2, customer, 1);                     // 1 250.00
        paid(invoice, "1250.00", MARCH_2.plusDays(3));
        at(MARCH_2.plusDays(5));

        Map credit = creditInFull(invoice);

        assertThat(credit.get("status")).isEqualTo("POSTED");
        assertThat(new BigDecimal(credit.get("total").toString())).isEqualByComparingTo("1250.00");
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
        // 1500 for the customer: invoice debit 1 250.00, payment credit 1 250.00, credit note credit 1 250.00
        assertThat(receivableOf(customer)).isEqualByComparingTo("-1250.00");

        Map balance = clerk().getForObject(creditUrl(customer), Map.class);
        assertThat(amount(balance, "balance")).isEqualByComparingTo("1250.00");
        List<Map> moved = (List<Map>) balance.get("movements");
        assertThat(moved).singleElement().satisfies(m -> {
            assertThat(m.get("kind")).isEqualTo("CREDIT_NOTE");
            assertThat(amount(m, "amount")).isEqualByComparingTo("1250.00");
            assertThat(((Number) m.get("invoiceId")).longValue()).isEqualTo(invoice.getId());
        });

        Map account = auditor().getForObject("/api/customers/" + customer.getId() + "/account", Map.class);
        assertThat(amount(account, "balance")).isEqualByComparingTo("0.00");
        assertThat(amount(account, "credit")).isEqualByComparingTo("1250.00");
        assertThat(amount(account, "net")).isEqualByComparingTo("-1250.00");
        List<Map> movements = (List<Map>) account.get("movements");
        assertThat(movements).extracting(m -> m.get("type"))
                .containsExactly("INVOICE", "PAYMENT", "CREDIT_BALANCE");
        assertThat(amount(movements.get(2), "balance")).isEqualByComparingTo("-1250.00");
        List<Map> creditItems = (List<Map>) account.get("creditItems");
        assertThat(creditItems).singleElement().satisfies(item -> {
            assertThat(item.get("type")).isEqualTo("CREDIT_NOTE");
            assertThat(amount(item, "balance")).isEqualByComparingTo("1250.00");
        });

        Map aging = auditor().getForObject("/api/receivables/aging?asOf=" + MARCH_2.plusDays(5), Map.class);
        Map row = ((List<Map>) aging.get("customers")).stream()
                .filter(r -> ((Number) r.get("customerId")).longValue() == customer.getId()).findFirst().orElseThrow();
        assertThat(amount((Map) row.get("amounts"), "credit")).isEqualByComparingTo("1250.00");
        assertThat(amount((Map) row.get("amounts"), "net")).isEqualByComparingTo("-1250.00");
        // as of the day before the credit note there was no credit yet
        Map before = auditor().getForObject("/api/customers/" + customer.getId() + "/account?asOf="
                + MARCH_2.plusDays(4), Map.class);
        assertThat(amount(before, "credit")).isEqualByComparingTo("0.00");
    }

    @Test
    void aPartlyPaidInvoiceCreditedLeavesTheRestAsCreditWhichIsRefundedToABankAccount() {
        Customer customer = data.business("refusjon@kunde.example");
        Invoice invoice = invoiceOn(MARCH_2, customer, 2);                     // 2 500.00
        paid(invoice, "1000.00", MARCH_2.plusDays(3));                         // 1 500.00 open
        at(MARCH_2.plusDays(6));
        creditInFull(invoice);                                                  // 1 500.00 closes it, 1 000.00 over
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
        assertThat(amount(clerk().getForObject(creditUrl(customer), Map.class), "balance"))
                .isEqualByComparingTo("1000.00");
        int vouchersBefore = ledger.vouchers().size();

        assertRefused(clerk().postForEntity(creditUrl(customer) + "/refunds", Map.of("amount", "1000.01",
                "bankAccount", VALID_ACCOUNT), Map.class), HttpStatus.BAD_REQUEST, "amount");
        assertRefused(clerk().postForEntity(creditUrl(customer) + "/refunds", Map.of("amount", "400.00",
                "bankAccount", "12345678904"), Map.class), HttpStatus.BAD_REQUEST, "bankAccount");
        assertRefused(clerk().postForEntity(creditUrl(customer) + "/refunds", Map.of("amount", "400.00",
                "bankAccount", VALID_ACCOUNT, "refundedOn", MARCH_2.plusDays(7).toString()), Map.class),
                HttpStatus.BAD_REQUEST, "refundedOn");
        assertRefused(clerk().postForEntity(creditUrl(customer) + "/refunds", Map.of("amount", "-5",
                "bankAccount", VALID_ACCOUNT), Map.class), HttpStatus.BAD_REQUEST, "amount");
        assertThat(auditor().postForEntity(creditUrl(customer) + "/refunds", Map.of("amount", "400.00",
                "bankAccount", VALID_ACCOUNT), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ledger.vouchers()).as("nothing half-written").hasSize(vouchersBefore);

        ResponseEntity<Map> refund = clerk().postForEntity(creditUrl(customer) + "/refunds", Map.of("amount", "400.00",
                "bankAccount", VALID_ACCOUNT, "reference", "Retur av vare"), Map.class);

        assertThat(refund.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(refund.getBody().get("kind")).isEqualTo("REFUND");
        assertThat(amount(refund.getBody(), "amount")).isEqualByComparingTo("-400.00");
        assertThat(refund.getBody().get("bankAccount")).isEqualTo("12345678903");
        assertThat(refund.getBody().get("date")).isEqualTo(MARCH_2.plusDays(6).toString());
        Voucher voucher = ledger.voucher(((Number) refund.getBody().get("voucherId")).longValue());
        assertThat(voucher.getSourceType()).isEqualTo(CustomerCreditService.SOURCE_REFUND);
        assertThat(voucher.getLines()).extracting(l -> l.getAccountNumber() + " " + l.getDebit() + "/"
                + l.getCredit()).containsExactly("1500 400.00/0.00", "1920 0.00/400.00");
        assertThat(voucher.getLines().get(0).getCustomerId()).isEqualTo(customer.getId());
        // 2 500.00 - 1 000.00 - 2 500.00 + 400.00: 600.00 still owed to the customer
        assertThat(receivableOf(customer)).isEqualByComparingTo("-600.00");
        assertThat(amount(clerk().getForObject(creditUrl(customer), Map.class), "balance"))
                .isEqualByComparingTo("600.00");

        Map account = clerk().getForObject("/api/customers/" + customer.getId() + "/account", Map.class);
        assertThat(amount(account, "credit")).isEqualByComparingTo("600.00");
        List<Map> movements = (List<Map>) account.get("movements");
        assertThat(movements).extracting(m -> m.get("type"))
                .containsExactly("INVOICE", "PAYMENT", "CREDIT_NOTE", "CREDIT_BALANCE", "REFUND");
        assertThat(movements).extracting(m -> ore(m, "balance"))
                .containsExactly("2500.00", "1500.00", "0.00", "-1000.00", "-600.00");
        assertThat((List<Map>) account.get("creditItems")).extracting(i -> ore(i, "balance"))
                .containsExactly("1000.00", "600.00");
    }

    @Test
    void theCreditIsSetOffAgainstTheNextInvoicesAndTheirFollowUpSeesWhatIsLeft() {
        Customer customer = data.customer(no.fakturaflyt.customer.CustomerType.BUSINESS, "motregning@kunde.example",
                List.of(no.fakturaflyt.common.ChannelType.EMAIL));
        Customer other = data.business("annen@kunde.example");
        Invoice returned = invoiceOn(MARCH_2, customer, 2);                    // 2 500.00
        Invoice covered = invoiceOn(MARCH_2, customer, 1);                     // 1 250.00
        Invoice partly = invoiceOn(MARCH_2, data.product("3", "1500.00"), customer);   // 1 875.00
        Invoice othersInvoice = invoiceOn(MARCH_2, other, 1);
        paid(returned, "2500.00", MARCH_2.plusDays(2));
        at(MARCH_2.plusDays(3));
        creditInFull(returned);                                                 // credit 2 500.00
        int vouchersBefore = ledger.vouchers().size();

        assertRefused(clerk().postForEntity(creditUrl(customer) + "/set-offs", Map.of("invoiceId",
                othersInvoice.getId()), Map.class), HttpStatus.BAD_REQUEST, "invoiceId");
        assertRefused(clerk().postForEntity(creditUrl(customer) + "/set-offs", Map.of("invoiceId",
                returned.getId()), Map.class), HttpStatus.BAD_REQUEST, "invoiceId");   // nothing open on it
        assertRefused(clerk().postForEntity(creditUrl(customer) + "/set-offs", Map.of("invoiceId", covered.getId(),
                "amount", "1250.01"), Map.class), HttpStatus.BAD_REQUEST, "amount");   // more than is open
        assertRefused(clerk().postForEntity(creditUrl(customer) + "/set-offs", Map.of(), Map.class),
                HttpStatus.BAD_REQUEST, "invoiceId");
        assertThat(auditor().postForEntity(creditUrl(customer) + "/set-offs", Map.of("invoiceId", covered.getId()),
                Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ledger.vouchers()).as("nothing half-written").hasSize(vouchersBefore);
        assertThat(ledger.openAmountOf(covered.getId())).isEqualByComparingTo("1250.00");

        ResponseEntity<Map> first = clerk().postForEntity(creditUrl(customer) + "/set-offs",
                Map.of("invoiceId", covered.getId()), Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(amount(first.getBody(), "amount")).isEqualByComparingTo("-1250.00");
        assertThat(ledger.openAmountOf(covered.getId())).isEqualByComparingTo("0.00");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .variableValueEquals(PaymentFollowUp.INVOICE_ID, covered.getId()).count()).as("follow-up ended")
                .isZero();
        assertThat(followUps.caseOf(covered.getId()).getStage()).isEqualTo(FollowUpStage.PAID);
        Voucher voucher = ledger.voucher(((Number) first.getBody().get("voucherId")).longValue());
        assertThat(voucher.getLines()).extracting(l -> l.getAccountNumber() + " " + l.getDebit() + "/"
                + l.getCredit() + " " + l.getCustomerId())
                .containsExactly("1500 1250.00/0.00 " + customer.getId(), "1500 0.00/1250.00 " + customer.getId());

        // what is left of the credit (1 250.00) pays part of the 1 875.00 invoice: 625.00 stays open
        ResponseEntity<Map> second = clerk().postForEntity(creditUrl(customer) + "/set-offs",
                Map.of("invoiceId", partly.getId()), Map.class);
        assertThat(amount(second.getBody(), "amount")).isEqualByComparingTo("-1250.00");
        assertThat(ledger.openAmountOf(partly.getId())).isEqualByComparingTo("625.00");
        assertThat(amount(clerk().getForObject(creditUrl(customer), Map.class), "balance"))
                .isEqualByComparingTo("0.00");
        assertRefused(clerk().postForEntity(creditUrl(customer) + "/set-offs", Map.of("invoiceId", partly.getId()),
                Map.class), HttpStatus.BAD_REQUEST, "amount");                           // no credit left
        // invoices 2 500 + 1 250 + 1 875, paid 2 500, credited 2 500: 625.00 owed, no credit
        assertThat(receivableOf(customer)).isEqualByComparingTo("625.00");

        // weeks later the follow-up reminds of the 625.00 left on one invoice and of nothing on the covered one
        at(MARCH_2.plusDays(60));
        jobs.executeAll();
        assertThat(followUps.stepsOf(covered.getId())).isEmpty();
        assertThat(followUps.stepsOf(partly.getId())).isNotEmpty()
                .allSatisfy(step -> assertThat(step.getOutstanding()).isEqualByComparingTo("625.00"));

        Map account = clerk().getForObject("/api/customers/" + customer.getId() + "/account", Map.class);
        assertThat(amount(account, "credit")).isEqualByComparingTo("0.00");
        List<Map> items = (List<Map>) account.get("items");
        assertThat(items).filteredOn(i -> ((Number) i.get("invoiceNumber")).longValue() == covered.getInvoiceNumber())
                .singleElement().satisfies(i -> {
                    assertThat(amount(i, "setOff")).isEqualByComparingTo("1250.00");
                    assertThat(i.get("status")).isEqualTo("CLOSED");
                });
        List<Map> creditItems = (List<Map>) account.get("creditItems");
        assertThat(creditItems).extracting(i -> i.get("type") + " " + ore(i, "balance"))
                .containsExactly("CREDIT_NOTE 2500.00", "SET_OFF 1250.00", "SET_OFF 0.00");
        List<Map> movements = (List<Map>) account.get("movements");
        assertThat(movements).filteredOn(m -> "SET_OFF".equals(m.get("type"))).hasSize(2)
                .allSatisfy(m -> assertThat(amount(m, "debit")).isEqualByComparingTo(amount(m, "credit")));
        // the statement ends at what is owed all told (the reminder fees claimed meanwhile included)
        assertThat(amount(movements.get(movements.size() - 1), "balance"))
                .isEqualByComparingTo(amount(account, "net")).isEqualByComparingTo(amount(account, "balance"));
    }

    @Test
    void whatWasWrittenOffIsNeverCreditedBackAsTheCustomersCredit() {
        Customer customer = data.business("tapsfort@kunde.example");
        Invoice invoice = invoiceOn(MARCH_2, customer, 2);                     // 2 500.00
        paid(invoice, "1000.00", MARCH_2.plusDays(3));
        at(MARCH_2.plusDays(60));
        transactions.executeWithoutResult(status -> ledger.reduceItem(ledger.findOpenItem(invoice.getId())
                .orElseThrow().getId(), new BigDecimal("1500.00"), new ReductionCause(ReductionKind.WRITE_OFF,
                MARCH_2.plusDays(60), "TEST_WRITE_OFF", invoice.getId())));           // booked as a loss

        ResponseEntity<Map> draft = clerk().postForEntity("/api/invoices/" + invoice.getId() + "/credit-notes", null,
                Map.class);
        ResponseEntity<Map> sent = clerk().postForEntity("/api/invoices/" + draft.getBody().get("id") + "/send", null,
                Map.class);

        // 2 500.00 invoiced, 1 500.00 of it written off: only the 1 000.00 the customer paid can come back
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) sent.getBody().get("detail")).contains("2500.00").contains("(1000.00 of 2500.00)");
        jobs.executeAll();
        assertThat(amount(clerk().getForObject(creditUrl(customer), Map.class), "balance"))
                .isEqualByComparingTo("0.00");
    }

    private Invoice invoiceOn(LocalDate day, Customer customer, int quantity) {
        return invoiceOn(day, data.product("3", "1000.00"), customer, quantity);
    }

    private Invoice invoiceOn(LocalDate day, no.fakturaflyt.product.Product product, Customer customer) {
        return invoiceOn(day, product, customer, 1);
    }

    private Invoice invoiceOn(LocalDate day, no.fakturaflyt.product.Product product, Customer customer,
            int quantity) {
        at(day);
        Invoice draft = data.draft(customer, product, quantity);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice posted = invoices.get(draft.getId());
        assertThat(posted.isPosted()).isTrue();
        return posted;
    }

    private void paid(Invoice invoice, String amount, LocalDate on) {
        at(on);
        payments.register(invoice.getId(), new PaymentForm(new BigDecimal(amount), on, null), "MANUAL",
                "pay-" + invoice.getId() + "-" + amount, "clerk");
    }

    /** A credit note drafted without a body (everything not credited yet), sent and posted. */
    private Map creditInFull(Invoice invoice) {
        ResponseEntity<Map> draft = clerk().postForEntity("/api/invoices/" + invoice.getId() + "/credit-notes", null,
                Map.class);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) draft.getBody().get("id")).longValue();
        ResponseEntity<Map> sent = clerk().postForEntity("/api/invoices/" + id + "/send", null, Map.class);
        assertThat(sent.getStatusCode()).as(String.valueOf(sent.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        return clerk().getForObject("/api/invoices/" + id, Map.class);
    }

    /** The customer's balance on 1500 summed over every voucher line: positive owed by, negative owed to them. */
    private BigDecimal receivableOf(Customer customer) {
        return ledger.vouchers().stream().flatMap(v -> v.getLines().stream())
                .filter(l -> l.getAccountNumber() == LedgerService.RECEIVABLES_ACCOUNT
                        && customer.getId().equals(l.getCustomerId()))
                .map(l -> l.getDebit().subtract(l.getCredit())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertRefused(ResponseEntity<Map> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getBody().get("field")).as(String.valueOf(response.getBody())).isEqualTo(field);
    }

    private static String creditUrl(Customer customer) {
        return "/api/customers/" + customer.getId() + "/credit";
    }

    private static BigDecimal amount(Map map, String field) {
        return new BigDecimal(map.get(field).toString());
    }

    /** An amount as the API gave it, to the øre: "600.00". */
    private static String ore(Map map, String field) {
        return amount(map, field).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.NOON).atZone(OsloClock.OSLO).toInstant()));
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private TestRestTemplate auditor() {
        return rest.withBasicAuth("auditor", "auditor");
    }
}
