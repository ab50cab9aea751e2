package no.fakturaflyt.dunning.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.VoucherRequest;
import no.fakturaflyt.payment.Payment;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoices of the past and their late payments, by moving the engine clock: an invoice is posted on the day the
 * clock shows (due 14 days later with the test company's terms), a payment is registered a day after it was made.
 */
record LatePayments(TestData data, Jobs jobs, InvoiceService invoices, PaymentService payments, LedgerService ledger,
        TransactionTemplate transactions) {

    /** An invoice of {@code total} (80 % net at 25 % VAT) posted on {@code invoiceDate}. */
    Invoice postedOn(LocalDate invoiceDate, Customer customer, String total) {
        at(invoiceDate);
        String net = new BigDecimal(total).multiply(new BigDecimal("0.8")).setScale(2).toPlainString();
        Invoice draft = data.draft(customer, data.product("3", net), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice posted = invoices.get(draft.getId());
        assertThat(posted.isPosted()).isTrue();
        assertThat(posted.getInvoiceDate()).isEqualTo(invoiceDate);
        assertThat(posted.getTotal()).isEqualByComparingTo(total);
        return posted;
    }

    /** A payment made on {@code paidOn}, as a bank file reports it the next day. */
    Payment paid(Invoice invoice, String amount, LocalDate paidOn) {
        at(paidOn.plusDays(1));
        return payments.register(invoice.getId(), new PaymentForm(new BigDecimal(amount), paidOn, null), "OCR",
                "ocr-" + UUID.randomUUID(), "system");
    }

    /** A reminder fee claimed on the invoice on {@code day}, booked as the follow-up books it. */
    void feeClaimed(Invoice invoice, String step, String amount, LocalDate day) {
        at(day);
        BigDecimal fee = new BigDecimal(amount);
        transactions.executeWithoutResult(status -> {
            OpenItem item = ledger.openFeeItem(invoice.getId(), step, day, day.plusDays(14), fee);
            ledger.post(new VoucherRequest(day, "Purregebyr " + step, "TEST_FEE", item.getId(), "clerk", List.of(
                    PostingLine.debit(LedgerService.RECEIVABLES_ACCOUNT, fee, null, invoice.getCustomerId(), step),
                    PostingLine.credit(3900, fee, null, null, step))));
        });
    }

    /** Noon in Oslo on {@code day}: the application's today. */
    static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(OsloClock.OSLO).toInstant()));
    }
}
