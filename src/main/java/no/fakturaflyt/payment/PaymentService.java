package no.fakturaflyt.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import no.fakturaflyt.ledger.ReductionCause;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single way a payment reaches an invoice, whoever reports it (a clerk, a bank file, the collection agency):
 * it is booked, spread over the open items and announced in one transaction, so that either all of it happened or
 * nothing did, and whoever follows the invoice up hears of every payment that was booked.
 */
@Service
public class PaymentService {

    /** Voucher source type of a payment; the voucher's source id is the payment's id. */
    public static final String SOURCE_PAYMENT = "PAYMENT";
    static final int MAX_REFERENCE = 200;
    static final int MAX_KEY = 200;

    /** The invoice's own item first, then the fees claimed on it, oldest first. */
    static final Comparator<OpenItem> ALLOCATION_ORDER = Comparator
            .comparing((OpenItem item) -> item.getItemType() == OpenItemType.INVOICE ? 0 : 1)
            .thenComparing(OpenItem::getInvoiceDate)
            .thenComparing(OpenItem::getId);

    private final PaymentRepository payments;
    private final InvoiceService invoices;
    private final InvoiceHistory history;
    private final LedgerService ledger;
    private final ApplicationEventPublisher events;
    private final PaymentProperties properties;
    private final OsloClock clock;

    PaymentService(PaymentRepository payments, InvoiceService invoices, InvoiceHistory history, LedgerService ledger,
            ApplicationEventPublisher events, PaymentProperties properties, OsloClock clock) {
        this.payments = payments;
        this.invoices = invoices;
        this.history = history;
        this.ledger = ledger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Registers a payment on a posted invoice, once per {@code idempotencyKey}: the same key again returns the
     * payment registered before and books nothing; the same key with a different payment is a conflict (409).
     * One transaction: the payment, its voucher (debit bank, credit 1500 for the customer), its allocation to the
     * invoice's own item first and then its fees oldest first, any excess as {@code unallocated}, a history line and
     * the {@link PaymentRegistered} event.
     *
     * @param source MANUAL, OCR, CAMT054 or AGENCY
     */
    @Transactional
    public Payment register(long invoiceId, PaymentForm form, String source, String idempotencyKey, String user) {
        return registerTracked(invoiceId, form, source, idempotencyKey, user).payment();
    }

    /** As {@link #register}, telling the caller whether the payment was registered just now or before. */
    @Transactional
    Registration registerTracked(long invoiceId, PaymentForm form, String sourceName, String idempotencyKey,
            String user) {
        BigDecimal amount = validAmount(form == null ? null : form.amount());
        LocalDate paidOn = requirePaidOn(form);
        String reference = validReference(form.reference());
        PaymentSource source = PaymentSource.parse(sourceName);
        String key = validKey(idempotencyKey);

        var earlier = payments.findByIdempotencyKey(key);
        if (earlier.isPresent()) {
            return new Registration(sameOrConflict(earlier.get(), invoiceId, amount, paidOn, reference, source), true);
        }
        Invoice invoice = payableInvoice(invoiceId);
        requirePaidOnWithin(paidOn, invoice);

        Payment payment = claimKey(new Payment(invoiceId, invoice.getCustomerId(), amount, paidOn, reference, source,
                key, clock.now(), user == null ? InvoiceHistory.SYSTEM : user));
        List<OpenItem> items = ledger.itemsConcerning(invoiceId).stream().sorted(ALLOCATION_ORDER).toList();
        for (OpenItem item : items) {
            BigDecimal part = payment.getUnallocated().min(item.getOpenAmount());
            if (part.signum() > 0) {
                ledger.reduceItem(item.getId(), part, new ReductionCause(ReductionKind.PAYMENT, paidOn, SOURCE_PAYMENT,
                        payment.getId()));
                payment.allocate(item.getId(), item.getItemType(), part);
            }
        }
        BigDecimal invoiceOpen = open(items, OpenItemType.INVOICE);
        BigDecimal totalOpen = items.stream().map(OpenItem::getOpenAmount).reduce(Money.ZERO, BigDecimal::add);
        history.record(invoiceId, "PAYMENT_REGISTERED", payment.getRegisteredBy(), null, "Payment " + payment.getId()
                + ": " + amount + " paid " + paidOn + " (" + source + (reference == null ? "" : ", " + reference)
                + "): " + payment.getAppliedToInvoice() + " to the invoice, " + payment.getAppliedToFees()
                + " to fees, " + payment.getUnallocated() + " unallocated; still open " + invoiceOpen + " (with fees "
                + totalOpen + ")");
        events.publishEvent(new PaymentRegistered(payment.getId(), invoiceId, invoice.getCustomerId(), amount, paidOn,
                payment.getAppliedToInvoice(), invoiceOpen, totalOpen, source.name()));

        // The voucher comes last: its gap-free number locks the voucher series until this transaction commits, so
        // everything else (the follow-up's ending above all) is done before the lock is taken. Payments of a bank
        // file are booked on several threads, and they queue only for this short tail.
        Voucher voucher = ledger.post(voucher(payment, invoice, user));
        payment.booked(voucher.getId());
        return new Registration(payment, false);
    }

    /** The account (chart of accounts) incoming money is debited to: 1920 unless set otherwise. */
    public int bankAccount() {
        return properties.bankAccount();
    }

    /** The payments registered on an invoice, oldest first. */
    @Transactional(readOnly = true)
    public List<Payment> paymentsOf(long invoiceId) {
        invoices.get(invoiceId);
        return payments.findByInvoiceIdOrderByIdAsc(invoiceId);
    }

    /** Every payment of the customer, whichever invoice it came for, by the day it was paid. */
    @Transactional(readOnly = true)
    public List<Payment> paymentsOfCustomer(long customerId) {
        return payments.findByCustomerIdOrderByPaidOnAscIdAsc(customerId);
    }

    /** Per customer, what was paid by the end of {@code asOf} (one query): the base of the credit as of that day. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> paidPerCustomer(LocalDate asOf) {
        Map<Long, BigDecimal> paid = new java.util.HashMap<>();
        for (Object[] row : payments.sumPaidPerCustomer(asOf)) {
            paid.put((Long) row[0], (BigDecimal) row[1]);
        }
        return paid;
    }

    /** A payment and whether it was registered before this call (an idempotent replay). */
    record Registration(Payment payment, boolean replayed) {
    }

    private Payment claimKey(Payment payment) {
        try {
            return payments.saveAndFlush(payment);
        } catch (DataIntegrityViolationException e) {
            // another request with the same key committed first: that one is the payment
            throw new ConflictException("A payment with Idempotency-Key '" + payment.getIdempotencyKey()
                    + "' is being registered at the same time; repeat the request to get it",
                    Map.of("field", "idempotencyKey"));
        }
    }

    private static Payment sameOrConflict(Payment earlier, long invoiceId, BigDecimal amount, LocalDate paidOn,
            String reference, PaymentSource source) {
        if (!earlier.sameAs(invoiceId, amount, paidOn, reference, source)) {
            throw new ConflictException("Idempotency-Key '" + earlier.getIdempotencyKey() + "' was used for another "
                    + "payment (" + earlier.getAmount() + " paid " + earlier.getPaidOn() + " on invoice id "
                    + earlier.getInvoiceId() + "); use a new key for a new payment",
                    Map.of("field", "idempotencyKey", "paymentId", earlier.getId()));
        }
        return earlier;
    }

    private Invoice payableInvoice(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        if (invoice.getInvoiceType() != InvoiceType.INVOICE || !invoice.isPosted()) {
            throw new ConflictException("A payment can only be registered on a posted invoice; " + invoice.describe()
                    + " is " + (invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE ? "a credit note"
                            : invoice.getStatus().name().toLowerCase()), Map.of("field", "invoiceId"),
                    "payments.notPosted");
        }
        return invoice;
    }

    private void requirePaidOnWithin(LocalDate paidOn, Invoice invoice) {
        LocalDate today = clock.today();
        if (paidOn.isAfter(today)) {
            throw new InvalidInputException("paidOn", "The payment date " + paidOn + " is in the future (today is "
                    + today + ")", "payments.dateInFuture", paidOn, today);
        }
        if (paidOn.isBefore(invoice.getInvoiceDate())) {
            throw new InvalidInputException("paidOn", "The payment date " + paidOn + " is before the invoice date "
                    + invoice.getInvoiceDate() + " of " + invoice.describe(), "payments.beforeInvoiceDate", paidOn,
                    invoice.getInvoiceDate());
        }
    }

    /** More than zero, at most two decimals (øre); the field at fault is {@code amount}. */
    static BigDecimal validAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "The amount must be greater than zero, it is " + amount,
                    "payments.amountNotPositive", amount);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "The amount " + amount.toPlainString()
                    + " has more than two decimals (øre)", "payments.tooManyDecimals", amount);
        }
        return Money.ore(amount);
    }

    private static LocalDate requirePaidOn(PaymentForm form) {
        if (form.paidOn() == null) {
            throw new InvalidInputException("paidOn", "The payment date is missing", "payments.dateMissing");
        }
        return form.paidOn();
    }

    static String validReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        if (reference.trim().length() > MAX_REFERENCE) {
            throw new InvalidInputException("reference", "The reference is longer than " + MAX_REFERENCE
                    + " characters", "errors.tooLong", MAX_REFERENCE);
        }
        return reference.trim();
    }

    private static String validKey(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("idempotencyKey", "An idempotency key is required");
        }
        if (key.trim().length() > MAX_KEY) {
            throw new InvalidInputException("idempotencyKey", "The idempotency key is longer than " + MAX_KEY
                    + " characters");
        }
        return key.trim();
    }

    static BigDecimal open(List<OpenItem> items, OpenItemType type) {
        return items.stream().filter(item -> item.getItemType() == type).map(OpenItem::getOpenAmount)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    /** Debit the bank, credit the customer's receivable with the whole amount (an excess is the customer's credit). */
    private VoucherRequest voucher(Payment payment, Invoice invoice, String user) {
        String text = "Innbetaling faktura " + invoice.getInvoiceNumber() + " " + invoice.getBuyerName();
        return new VoucherRequest(payment.getPaidOn(), text, SOURCE_PAYMENT, payment.getId(), user, List.of(
                PostingLine.debit(properties.bankAccount(), payment.getAmount(), null, null, text),
                PostingLine.credit(LedgerService.RECEIVABLES_ACCOUNT, payment.getAmount(), null,
                        invoice.getCustomerId(), text))).inFirstOpenPeriod();
    }
}
