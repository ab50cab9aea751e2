package no.fakturaflyt.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherLine;
import no.fakturaflyt.ledger.VoucherRequest;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.PaymentEvents;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** Registering payments on invoices through the REST API and the service, down to the ledger and the event. */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class PaymentRegistrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired LedgerService ledger;
    @Autowired InvoiceService invoices;
    @Autowired InvoiceHistory history;
    @Autowired PaymentService payments;
    @Autowired PaymentEvents events;
    @Autowired OsloClock clock;
    @Autowired TransactionTemplate transactions;

    @Test
    void aPaymentInFullIsBookedBankAgainstReceivablesAndClosesTheInvoice() {
        Customer customer = data.business("betaler@kunde.example");
        Invoice invoice = postedInvoice(customer, "800.00");   // 1000.00 with 25 % VAT
        assertThat(invoice.getTotal()).isEqualByComparingTo("1000.00");

        ResponseEntity<Map> response = pay(invoice.getId(), "1000.00", clock.today(), "Nettbank 4711", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map body = response.getBody();
        assertThat(amount(body, "amount")).isEqualByComparingTo("1000.00");
        assertThat(amount(body, "appliedToInvoice")).isEqualByComparingTo("1000.00");
        assertThat(amount(body, "appliedToFees")).isEqualByComparingTo("0.00");
        assertThat(amount(body, "unallocated")).isEqualByComparingTo("0.00");
        assertThat(amount(body, "invoiceOpen")).isEqualByComparingTo("0.00");
        assertThat(amount(body, "totalOpen")).isEqualByComparingTo("0.00");
        assertThat(body.get("source")).isEqualTo("MANUAL");
        assertThat(body.get("registeredBy")).isEqualTo("clerk");
        assertThat(body.get("reference")).isEqualTo("Nettbank 4711");
        long paymentId = ((Number) body.get("id")).longValue();

        Voucher voucher = ledger.voucherFor(PaymentService.SOURCE_PAYMENT, paymentId).orElseThrow();
        assertThat(voucher.getId()).isEqualTo(((Number) body.get("voucherId")).longValue());
        assertThat(voucher.getVoucherDate()).isEqualTo(clock.today());
        assertThat(voucher.totalDebit()).isEqualByComparingTo(voucher.totalCredit()).isEqualByComparingTo("1000.00");
        assertThat(voucher.getLines()).hasSize(2);
        VoucherLine bank = line(voucher, 1920);
        assertThat(bank.getDebit()).isEqualByComparingTo("1000.00");
        assertThat(bank.getCredit()).isEqualByComparingTo("0.00");
        VoucherLine receivable = line(voucher, LedgerService.RECEIVABLES_ACCOUNT);
        assertThat(receivable.getCredit()).isEqualByComparingTo("1000.00");
        assertThat(receivable.getCustomerId()).isEqualTo(customer.getId());

        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");

        assertThat(events.of(invoice.getId())).singleElement().satisfies(event -> {
            assertThat(event.paymentId()).isEqualTo(paymentId);
            assertThat(event.customerId()).isEqualTo(customer.getId());
            assertThat(event.amount()).isEqualByComparingTo("1000.00");
            assertThat(event.paidOn()).isEqualTo(clock.today());
            assertThat(event.appliedToInvoice()).isEqualByComparingTo("1000.00");
            assertThat(event.invoiceOpenAfter()).isEqualByComparingTo("0.00");
            assertThat(event.totalOpenAfter()).isEqualByComparingTo("0.00");
            assertThat(event.source()).isEqualTo("MANUAL");
        });
        assertThat(history.of(invoice.getId())).anySatisfy(e -> {
            assertThat(e.getEventType()).isEqualTo("PAYMENT_REGISTERED");
            assertThat(e.getActor()).isEqualTo("clerk");
            assertThat(e.getDetails()).contains("1000.00").contains("Nettbank 4711");
        });

        List<Map> listed = rest.withBasicAuth("auditor", "auditor")
                .getForObject("/api/invoices/" + invoice.getId() + "/payments", List.class);
        assertThat(listed).singleElement().satisfies(p -> assertThat(((Number) p.get("id")).longValue())
                .isEqualTo(paymentId));
    }

    @Test
    void aPartialPaymentLeavesTheRestOpenAndTheSecondClosesIt() {
        Invoice invoice = postedInvoice(data.person("delbetaler@kunde.example", "nb"), "800.00");

        ResponseEntity<Map> first = pay(invoice.getId(), "400.00", clock.today(), null, null);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(amount(first.getBody(), "invoiceOpen")).isEqualByComparingTo("600.00");
        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("600.00");

        ResponseEntity<Map> second = pay(invoice.getId(), "600.00", clock.today(), null, null);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(amount(second.getBody(), "appliedToInvoice")).isEqualByComparingTo("600.00");
        assertThat(amount(second.getBody(), "unallocated")).isEqualByComparingTo("0.00");
        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");

        assertThat(events.of(invoice.getId())).extracting(PaymentRegistered::invoiceOpenAfter)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("600.00"), new BigDecimal("0.00"));
        assertThat(payments.paymentsOf(invoice.getId())).extracting(Payment::getAmount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("400.00"), new BigDecimal("600.00"));
    }

    @Test
    void anOverpaymentIsBookedInFullAndKeepsTheExcessUnallocated() {
        Customer customer = data.business("overbetaler@kunde.example");
        Invoice invoice = postedInvoice(customer, "800.00");

        ResponseEntity<Map> response = pay(invoice.getId(), "1250.50", clock.today(), null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(amount(response.getBody(), "appliedToInvoice")).isEqualByComparingTo("1000.00");
        assertThat(amount(response.getBody(), "unallocated")).isEqualByComparingTo("250.50");
        assertThat(amount(response.getBody(), "invoiceOpen")).isEqualByComparingTo("0.00");
        Voucher voucher = ledger.voucherFor(PaymentService.SOURCE_PAYMENT, id(response)).orElseThrow();
        // the whole amount leaves the customer's receivables: the excess is the customer's credit there
        assertThat(line(voucher, 1920).getDebit()).isEqualByComparingTo("1250.50");
        assertThat(line(voucher, LedgerService.RECEIVABLES_ACCOUNT).getCredit()).isEqualByComparingTo("1250.50");
        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");
    }

    @Test
    void aPaymentGoesToTheInvoiceFirstThenToItsFeesOldestFirst() {
        Customer customer = data.business("gebyr@kunde.example");
        Invoice invoice = postedInvoice(customer, "800.00");
        LocalDate today = clock.today();
        claimFee(invoice, "REMINDER_1", "35.00");
        claimFee(invoice, "REMINDER_2", "35.00");

        ResponseEntity<Map> partial = pay(invoice.getId(), "900.00", today, "first", null);
        assertThat(amount(partial.getBody(), "appliedToInvoice")).isEqualByComparingTo("900.00");
        assertThat(amount(partial.getBody(), "appliedToFees")).isEqualByComparingTo("0.00");
        assertThat(amount(partial.getBody(), "invoiceOpen")).isEqualByComparingTo("100.00");
        assertThat(amount(partial.getBody(), "totalOpen")).isEqualByComparingTo("170.00");

        ResponseEntity<Map> rest = pay(invoice.getId(), "150.00", today, "second", null);
        assertThat(amount(rest.getBody(), "appliedToInvoice")).isEqualByComparingTo("100.00");
        assertThat(amount(rest.getBody(), "appliedToFees")).isEqualByComparingTo("50.00");
        assertThat(amount(rest.getBody(), "totalOpen")).isEqualByComparingTo("20.00");
        assertThat((List<Map>) rest.getBody().get("allocations")).extracting(a -> a.get("itemType"))
                .containsExactly("INVOICE", "REMINDER_FEE", "REMINDER_FEE");

        List<OpenItem> items = ledger.itemsConcerning(invoice.getId());
        assertThat(items).filteredOn(i -> "REMINDER_1".equals(i.getReference())).singleElement()
                .satisfies(i -> assertThat(i.getOpenAmount()).isEqualByComparingTo("0.00"));
        assertThat(items).filteredOn(i -> "REMINDER_2".equals(i.getReference())).singleElement()
                .satisfies(i -> assertThat(i.getOpenAmount()).isEqualByComparingTo("20.00"));
        assertThat(events.of(invoice.getId())).last().satisfies(event -> {
            assertThat(event.appliedToInvoice()).isEqualByComparingTo("100.00");
            assertThat(event.invoiceOpenAfter()).isEqualByComparingTo("0.00");
            assertThat(event.totalOpenAfter()).isEqualByComparingTo("20.00");
        });

        // the customer's open items, fees included (a fee item has no invoice of its own: this was a 500)
        ResponseEntity<List> open = clerk().getForEntity("/api/ledger/customers/" + invoice.getCustomerId()
                + "/open-items", List.class);
        assertThat(open.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map>) open.getBody()).filteredOn(i -> "REMINDER_2".equals(i.get("reference")))
                .singleElement().satisfies(i -> {
                    assertThat(i.get("itemType")).isEqualTo("REMINDER_FEE");
                    assertThat(((Number) i.get("invoiceId")).longValue()).isEqualTo(invoice.getId());
                    assertThat(new BigDecimal(i.get("openAmount").toString())).isEqualByComparingTo("20.00");
                });
    }

    @Test
    void theSameIdempotencyKeyBooksOnceAndAnotherPaymentUnderItIsAConflict() {
        Invoice invoice = postedInvoice(data.business("dobbel@kunde.example"), "800.00");

        ResponseEntity<Map> first = pay(invoice.getId(), "300.00", clock.today(), null, "bank-2025-0001");
        ResponseEntity<Map> again = pay(invoice.getId(), "300.00", clock.today(), null, "bank-2025-0001");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(again)).isEqualTo(id(first));
        assertThat(payments.paymentsOf(invoice.getId())).hasSize(1);
        assertThat(events.of(invoice.getId())).hasSize(1);
        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("700.00");

        // the service, as a bank import calls it, answers the earlier payment too
        Payment viaService = payments.register(invoice.getId(),
                new PaymentForm(new BigDecimal("300.0"), clock.today(), null), "MANUAL", "bank-2025-0001", "system");
        assertThat(viaService.getId()).isEqualTo(id(first));

        ResponseEntity<Map> other = pay(invoice.getId(), "299.00", clock.today(), null, "bank-2025-0001");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getBody().get("field")).isEqualTo("idempotencyKey");
        assertThat(payments.paymentsOf(invoice.getId())).hasSize(1);
        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("700.00");
    }

    @Test
    void withoutAKeyADoubleClickOfTheSameFormBooksOnce() {
        Invoice invoice = postedInvoice(data.business("dobbeltklikk@kunde.example"), "800.00");

        ResponseEntity<Map> first = pay(invoice.getId(), "250.00", clock.today(), "kvittering 9", null);
        ResponseEntity<Map> second = pay(invoice.getId(), "250", clock.today(), " kvittering 9 ", null);
        ResponseEntity<Map> otherReference = pay(invoice.getId(), "250.00", clock.today(), "kvittering 10", null);

        assertThat(id(second)).isEqualTo(id(first));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(otherReference)).isNotEqualTo(id(first));
        assertThat(payments.paymentsOf(invoice.getId())).hasSize(2);
        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("500.00");
    }

    @Test
    void invalidPaymentsAreRejectedNamingTheFieldAndWriteNothing() {
        Invoice invoice = postedInvoice(data.business("feil@kunde.example"), "800.00");
        long id = invoice.getId();
        LocalDate today = clock.today();

        assertRejected(pay(id, "0.00", today, null, null), HttpStatus.BAD_REQUEST, "amount");
        assertRejected(pay(id, "-5.00", today, null, null), HttpStatus.BAD_REQUEST, "amount");
        assertRejected(pay(id, "10.005", today, null, null), HttpStatus.BAD_REQUEST, "amount");
        assertRejected(clerk().postForEntity("/api/invoices/" + id + "/payments", Map.of("amount", "10.00"),
                Map.class), HttpStatus.BAD_REQUEST, "paidOn");
        assertRejected(clerk().postForEntity("/api/invoices/" + id + "/payments",
                Map.of("amount", "ti kroner", "paidOn", today.toString()), Map.class), HttpStatus.BAD_REQUEST,
                "amount");
        assertRejected(pay(id, "10.00", today.plusDays(1), null, null), HttpStatus.BAD_REQUEST, "paidOn");
        assertRejected(pay(id, "10.00", invoice.getInvoiceDate().minusDays(1), null, null), HttpStatus.BAD_REQUEST,
                "paidOn");
        assertRejected(pay(id, "10.00", today, "x".repeat(201), null), HttpStatus.BAD_REQUEST, "reference");
        assertRejected(pay(id, "10.00", today, null, "k".repeat(201)), HttpStatus.BAD_REQUEST, "idempotencyKey");
        assertThatThrownBy(() -> payments.register(id, new PaymentForm(BigDecimal.TEN, today, null), "CASH", "k-1",
                "system")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getField()).isEqualTo("source"));

        Invoice draft = data.draft(data.business("utkast@kunde.example"), data.product("3", "100.00"), 1);
        assertRejected(pay(draft.getId(), "10.00", today, null, null), HttpStatus.CONFLICT, "invoiceId");
        Invoice credit = invoices.createCreditNote(id, null, "retur", "clerk");
        invoices.send(credit.getId(), "clerk");
        jobs.executeAll();
        assertRejected(pay(credit.getId(), "10.00", today, null, null), HttpStatus.CONFLICT, "invoiceId");
        assertThat(pay(999_999_999L, "10.00", today, null, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(payments.paymentsOf(id)).isEmpty();
        assertThat(events.of(id)).isEmpty();
        assertThat(ledger.vouchers()).noneMatch(v -> v.getSourceType().equals(PaymentService.SOURCE_PAYMENT)
                && v.getDescription().contains("faktura " + invoice.getInvoiceNumber() + " "));
    }

    @Test
    void whenTheFollowUpCannotLearnOfThePaymentNothingIsBooked() {
        Invoice invoice = postedInvoice(data.business("rulletilbake@kunde.example"), "800.00");
        events.failNextPaymentOf(invoice.getId());

        ResponseEntity<Map> failed = pay(invoice.getId(), "1000.00", clock.today(), null, "rollback-1");

        assertThat(failed.getStatusCode().is5xxServerError()).isTrue();
        assertThat(payments.paymentsOf(invoice.getId())).isEmpty();
        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("1000.00");
        assertThat(ledger.vouchers()).noneMatch(v -> v.getSourceType().equals(PaymentService.SOURCE_PAYMENT)
                && v.getDescription().contains("faktura " + invoice.getInvoiceNumber() + " "));
        assertThat(history.of(invoice.getId())).noneMatch(e -> e.getEventType().equals("PAYMENT_REGISTERED"));

        // the same request again, once the follow-up is back, books it: the key was not used up by the failure
        ResponseEntity<Map> retried = pay(invoice.getId(), "1000.00", clock.today(), null, "rollback-1");
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");
    }

    @Test
    void auditorsReadPaymentsButCannotRegisterThem() {
        Invoice invoice = postedInvoice(data.business("revisor@kunde.example"), "800.00");
        HttpHeaders headers = new HttpHeaders();
        ResponseEntity<Map> attempt = rest.withBasicAuth("auditor", "auditor").exchange(
                "/api/invoices/" + invoice.getId() + "/payments", HttpMethod.POST,
                new HttpEntity<>(Map.of("amount", "10.00", "paidOn", clock.today().toString()), headers), Map.class);
        assertThat(attempt.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("auditor", "auditor").getForEntity(
                "/api/invoices/" + invoice.getId() + "/payments", List.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(payments.paymentsOf(invoice.getId())).isEmpty();
    }

    private Invoice postedInvoice(Customer customer, String price) {
        Invoice draft = data.draft(customer, data.product("3", price), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice posted = invoices.get(draft.getId());
        assertThat(posted.isPosted()).isTrue();
        return posted;
    }

    /** A reminder fee claimed on the invoice, as the follow-up books it: debit 1500, credit 3900, its own item. */
    private void claimFee(Invoice invoice, String step, String amount) {
        transactions.executeWithoutResult(status -> {
            OpenItem fee = ledger.openFeeItem(invoice.getId(), step, clock.today(), clock.today().plusDays(14),
                    new BigDecimal(amount));
            ledger.post(new VoucherRequest(clock.today(), "Purregebyr " + step, "TEST_FEE", fee.getId(), "clerk",
                    List.of(PostingLine.debit(1500, new BigDecimal(amount), null, invoice.getCustomerId(), step),
                            PostingLine.credit(3900, new BigDecimal(amount), null, null, step))));
            assertThat(fee.getItemType()).isEqualTo(OpenItemType.REMINDER_FEE);
        });
    }

    private ResponseEntity<Map> pay(long invoiceId, String amount, LocalDate paidOn, String reference, String key) {
        HttpHeaders headers = new HttpHeaders();
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("amount", amount);
        body.put("paidOn", paidOn.toString());
        if (reference != null) {
            body.put("reference", reference);
        }
        return clerk().exchange("/api/invoices/" + invoiceId + "/payments", HttpMethod.POST,
                new HttpEntity<>(body, headers), Map.class);
    }

    private static void assertRejected(ResponseEntity<Map> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(response.getBody().get("field")).as("the field named in %s", response.getBody()).isEqualTo(field);
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private static VoucherLine line(Voucher voucher, int account) {
        return voucher.getLines().stream().filter(l -> l.getAccountNumber() == account).findFirst()
                .orElseThrow(() -> new AssertionError("No line on " + account + " in " + voucher.getLines()));
    }

    private static long id(ResponseEntity<Map> response) {
        return ((Number) response.getBody().get("id")).longValue();
    }

    private static BigDecimal amount(Map body, String key) {
        return new BigDecimal(body.get(key).toString());
    }
}
