package no.fakturaflyt.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.CreditLineForm;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.VoucherRequest;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.transaction.support.TransactionTemplate;

/** Things happening to a customer's invoices on given days, by moving the engine clock to each day. */
record Timeline(TestData data, Jobs jobs, InvoiceService invoices, PaymentService payments, LedgerService ledger,
        TransactionTemplate transactions) {

    /** An invoice posted on {@code day}: {@code quantity} of a product of 100.00 net at 25 % VAT (125.00 each). */
    Invoice invoiceOn(LocalDate day, Customer customer, int quantity) {
        at(day);
        Invoice draft = data.draft(customer, data.product("3", "100.00"), quantity);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice posted = invoices.get(draft.getId());
        assertThat(posted.getInvoiceDate()).isEqualTo(day);
        return posted;
    }

    /** A credit note for {@code quantity} of the invoice's only line, posted on {@code day}. */
    Invoice creditNoteOn(LocalDate day, Invoice invoice, int quantity) {
        at(day);
        Invoice credit = invoices.createCreditNote(invoice.getId(),
                List.of(new CreditLineForm(1, new BigDecimal(quantity))), "returned", "clerk");
        invoices.send(credit.getId(), "clerk");
        jobs.executeAll();
        Invoice posted = invoices.get(credit.getId());
        assertThat(posted.isPosted()).isTrue();
        return posted;
    }

    /** A payment made on {@code paidOn}, reported by the bank the next day. */
    void paid(Invoice invoice, String amount, LocalDate paidOn) {
        at(paidOn.plusDays(1));
        payments.register(invoice.getId(), new PaymentForm(new BigDecimal(amount), paidOn, null), "OCR",
                "ocr-" + UUID.randomUUID(), "system");
    }

    /** A reminder fee claimed on {@code day}, booked as the follow-up books it. */
    void feeOn(LocalDate day, Invoice invoice, String amount) {
        at(day);
        BigDecimal fee = new BigDecimal(amount);
        transactions.executeWithoutResult(status -> {
            OpenItem item = ledger.openFeeItem(invoice.getId(), "REMINDER_1", day, day.plusDays(14), fee);
            ledger.post(new VoucherRequest(day, "Purregebyr", "TEST_FEE", item.getId(), "clerk", List.of(
                    PostingLine.debit(LedgerService.RECEIVABLES_ACCOUNT, fee, null, invoice.getCustomerId(), "fee"),
                    PostingLine.credit(3900, fee, null, null, "fee"))));
        });
    }

    /** Noon in Oslo on {@code day}: the application's today. */
    static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(OsloClock.OSLO).toInstant()));
    }
}
