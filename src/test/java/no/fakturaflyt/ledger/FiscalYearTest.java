package no.fakturaflyt.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoicePostingService;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.payment.Payment;
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

/**
 * Fiscal years and periods: a closed period takes no voucher of the company's own documents (409), a late document
 * from outside goes to the first open period, a credit note of an invoice of a closed year goes into the open year.
 * Closings that other tests would feel are made inside a transaction that is rolled back.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class FiscalYearTest {

    private static final AtomicLong SOURCE = new AtomicLong(System.nanoTime());

    @Autowired LedgerService ledger;
    @Autowired FiscalCalendar calendar;
    @Autowired InvoiceService invoices;
    @Autowired InvoicePostingService posting;
    @Autowired PaymentService payments;
    @Autowired TestData data;
    @Autowired TransactionTemplate transactions;
    @Autowired TestRestTemplate rest;

    @Test
    void aClosedPeriodRefusesTheCompanysOwnDocumentAndMovesALateBankDocumentToTheFirstOpenPeriod() {
        int year = LocalDate.now(OsloClock.OSLO).getYear() - 1;
        rolledBack(() -> {
            calendar.closePeriod(year, 3, "admin");
            calendar.closePeriod(year, 4, "admin");

            assertThatThrownBy(() -> ledger.post(voucher(LocalDate.of(year, 3, 15))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.getMessage()).contains("The period " + year + "-03 is closed");
                        assertThat(e.getProperties()).containsEntry("firstOpenPeriod", year + "-05");
                    });

            Voucher late = ledger.post(voucher(LocalDate.of(year, 3, 15)).inFirstOpenPeriod());
            assertThat(late.getVoucherDate()).isEqualTo(LocalDate.of(year, 5, 1));
            assertThat(late.getDocumentDate()).isEqualTo(LocalDate.of(year, 3, 15));
            assertThat(late.getFiscalYear()).isEqualTo(year);
            assertThat(late.getFiscalPeriod()).isEqualTo(5);

            Voucher open = ledger.post(voucher(LocalDate.of(year, 2, 28)));
            assertThat(open.getFiscalPeriod()).isEqualTo(2);

            calendar.closeYear(year, "admin");
            assertThat(calendar.year(year).status()).isEqualTo(FiscalYearStatus.CLOSED);
            assertThat(calendar.year(year).closedPeriods()).hasSize(12);
            assertThatThrownBy(() -> ledger.post(voucher(LocalDate.of(year, 6, 1))))
                    .isInstanceOf(ConflictException.class);
            Voucher nextYear = ledger.post(voucher(LocalDate.of(year, 12, 30)).inFirstOpenPeriod());
            assertThat(nextYear.getVoucherDate()).isEqualTo(LocalDate.of(year + 1, 1, 1));
            assertThat(nextYear.getFiscalYear()).isEqualTo(year + 1);
            assertThatThrownBy(() -> calendar.openYear(year, "admin")).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("not reopened");
        });
    }

    @Test
    void aCreditNoteAndAPaymentOfAnInvoiceFromAClosedYearArePostedInTheOpenYear() {
        LocalDate invoiceDay = data.dayAfterEveryPostedInvoice();
        rolledBack(() -> {
            setClock(invoiceDay);
            Invoice invoice = postApproved(data.draft(data.business("lukket@kunde.example"),
                    data.product("3", "400.00"), 2).getId());
            assertThat(ledger.voucher(invoice.getVoucherId()).getFiscalYear()).isEqualTo(invoiceDay.getYear());
            Invoice second = postApproved(data.draft(data.business("sein@kunde.example"),
                    data.product("3", "100.00"), 1).getId());

            LocalDate nextYear = LocalDate.of(invoiceDay.getYear() + 1, 1, 20);
            setClock(nextYear);
            calendar.closeYear(invoiceDay.getYear(), "admin");

            Invoice credit = invoices.createCreditNote(invoice.getId(), null, "Returned", "clerk");
            credit = postApproved(credit.getId());
            Voucher creditVoucher = ledger.voucher(credit.getVoucherId());
            assertThat(creditVoucher.getFiscalYear()).isEqualTo(nextYear.getYear());
            assertThat(creditVoucher.getVoucherDate()).isEqualTo(nextYear);
            assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");

            Payment paidLastYear = payments.register(second.getId(), new PaymentForm(new BigDecimal("125.00"),
                    invoiceDay, "bank statement of last year"), "MANUAL", "fiscal-" + SOURCE.incrementAndGet(),
                    "clerk");
            Voucher paymentVoucher = ledger.voucher(paidLastYear.getVoucherId());
            assertThat(paymentVoucher.getVoucherDate()).isEqualTo(YearMonth.from(nextYear).atDay(1));
            assertThat(paymentVoucher.getDocumentDate()).isEqualTo(invoiceDay);
        });
    }

    @Test
    void onlyTheAdminClosesAnEndedPeriodAndEveryoneReadsTheYears() {
        int year = LocalDate.now(OsloClock.OSLO).getYear() - 25;
        ResponseEntity<Map> byClerk = rest.withBasicAuth("clerk", "clerk")
                .postForEntity("/api/fiscal-years/" + year + "/periods/2/close", null, Map.class);
        assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> byAdmin = rest.withBasicAuth("admin", "admin")
                .postForEntity("/api/fiscal-years/" + year + "/periods/2/close", null, Map.class);
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Integer>) byAdmin.getBody().get("closedPeriods")).containsExactly(2);
        assertThat(byAdmin.getBody().get("status")).isEqualTo("OPEN");

        YearMonth now = YearMonth.now(OsloClock.OSLO);
        ResponseEntity<Map> notEnded = rest.withBasicAuth("admin", "admin").postForEntity("/api/fiscal-years/"
                + now.getYear() + "/periods/" + now.getMonthValue() + "/close", null, Map.class);
        assertThat(notEnded.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notEnded.getBody().get("detail").toString()).contains("has not ended");

        ResponseEntity<Map> noMonth = rest.withBasicAuth("admin", "admin")
                .postForEntity("/api/fiscal-years/" + year + "/periods/13/close", null, Map.class);
        assertThat(noMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noMonth.getBody()).containsEntry("field", "period");

        ResponseEntity<List> years = rest.withBasicAuth("auditor", "auditor").getForEntity("/api/fiscal-years",
                List.class);
        assertThat(years.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(years.getBody()).anySatisfy(y -> assertThat(((Map) y).get("year")).isEqualTo(year));
    }

    @Test
    void aDraftDatedBackIntoAClosedPeriodIsRefusedWhenItIsSentNotWhenItIsPosted() {
        LocalDate invoiceDay = data.dayAfterEveryPostedInvoice();
        rolledBack(() -> {
            setClock(invoiceDay.plusMonths(2));
            calendar.closePeriod(invoiceDay.getYear(), invoiceDay.getMonthValue(), "admin");
            Invoice draft = data.draft(data.business("tilbakedatert@kunde.example"), data.product("3", "100.00"), 1);
            Invoice dated = invoices.updateDraft(draft.getId(), new no.fakturaflyt.invoicing.DraftForm(
                    draft.getCustomerId(), invoiceDay, null, null, null, null, List.of(
                            new no.fakturaflyt.invoicing.DraftForm.LineForm(data.product("3", "100.00").getId(),
                                    null, BigDecimal.ONE, null, null, null, null))), "clerk");
            assertThatThrownBy(() -> invoices.approveForLifecycle(dated.getId(), "clerk"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
                            .contains("The period " + YearMonth.from(invoiceDay) + " is closed"));
        });
    }

    private VoucherRequest voucher(LocalDate date) {
        BigDecimal amount = new BigDecimal("10.00");
        return new VoucherRequest(date, "Test " + date, "FISCAL_TEST", SOURCE.incrementAndGet(), "test", List.of(
                PostingLine.debit(1920, amount, null, null, "bank"),
                PostingLine.credit(LedgerService.RECEIVABLES_ACCOUNT, amount, null, null, "receivable")));
    }

    private void rolledBack(Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    private static void setClock(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(OsloClock.OSLO).plusHours(10).toInstant()));
    }

    /** Approved and posted as the invoice lifecycle does it (its call activity), without the distribution run. */
    private Invoice postApproved(long id) {
        invoices.approveForLifecycle(id, "clerk");
        return posting.post(id);
    }
}
