package no.fakturaflyt.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.ReductionCause;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank took a payment back (OCR transaction types 18 and 20, a camt.054 reversal): the opposite voucher (debit
 * 1500, credit bank), and every open item gets back what the payment had paid of it. The payment row stays, marked
 * reversed, for the auditor.
 */
@Service
public class PaymentReversal {

    static final String SOURCE_REVERSAL = "PAYMENT_REVERSAL";

    private final PaymentRepository payments;
    private final LedgerService ledger;
    private final InvoiceHistory history;
    private final PaymentProperties properties;
    private final ApplicationEventPublisher events;

    PaymentReversal(PaymentRepository payments, LedgerService ledger, InvoiceHistory history,
            PaymentProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.payments = payments;
        this.ledger = ledger;
        this.history = history;
        this.properties = properties;
    }

    /** The latest payment standing on an item with this KID and exactly this amount: what a reversal takes back. */
    @Transactional(readOnly = true)
    public Optional<Payment> reversible(String kid, BigDecimal amount) {
        List<Long> invoiceIds = ledger.itemsWithKid(kid).stream().map(OpenItem::getConcernsInvoiceId).distinct()
                .toList();
        return invoiceIds.stream().flatMap(id -> payments.findByInvoiceIdOrderByIdAsc(id).stream())
                .filter(p -> p.getReversedOn() == null && p.getAmount().compareTo(amount) == 0)
                .reduce((first, second) -> second);
    }

    @Transactional
    public Payment reverse(long paymentId, LocalDate reversedOn, String reference, String user) {
        Payment payment = payments.findById(paymentId)
                .orElseThrow(() -> new ConflictException("Payment " + paymentId + " does not exist"));
        if (payment.getReversedOn() != null) {
            return payment;
        }
        String text = "Tilbakeført innbetaling " + payment.getAmount() + " (" + reference + ")";
        List<PostingLine> lines = new ArrayList<>();
        lines.add(PostingLine.debit(LedgerService.RECEIVABLES_ACCOUNT, payment.getAmount(), null,
                payment.getCustomerId(), text));
        lines.add(PostingLine.credit(properties.bankAccount(), payment.getAmount(), null, null, text));
        for (PaymentAllocation allocation : payment.getAllocations()) {
            ledger.restoreItem(allocation.getOpenItemId(), allocation.getAmount(),
                    new ReductionCause(ReductionKind.PAYMENT, reversedOn, SOURCE_REVERSAL, payment.getId()));
        }
        Voucher voucher = ledger.post(new VoucherRequest(reversedOn, text, SOURCE_REVERSAL, payment.getId(),
                user == null ? InvoiceHistory.SYSTEM : user, lines).inFirstOpenPeriod());
        payment.reversed(reversedOn, voucher.getId());
        history.record(payment.getInvoiceId(), "PAYMENT_REVERSED", user == null ? InvoiceHistory.SYSTEM : user, null,
                "The bank reversed payment " + payment.getAmount() + " of " + payment.getPaidOn() + " on " + reversedOn
                        + " (" + reference + "); voucher " + voucher.getVoucherNumber() + "; the invoice is open again");
        events.publishEvent(new PaymentReversed(payment.getId(), payment.getInvoiceId(), payment.getCustomerId(),
                payment.getAmount(), reversedOn, ledger.openAmountOf(payment.getInvoiceId())));
        return payment;
    }
}
