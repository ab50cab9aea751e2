package no.fakturaflyt.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import no.fakturaflyt.ledger.CreditMovement;
import no.fakturaflyt.ledger.CreditMovementKind;
import no.fakturaflyt.ledger.CreditMovementRequest;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.ReductionCause;
import no.fakturaflyt.ledger.ReductionKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's credit balance (kundens tilgode): what payments paid beyond their invoices and what credit notes
 * credited beyond what was open, less what was refunded or set off. It stands on 1500 as a credit under the customer;
 * a refund moves it to the bank (debit 1500, credit bank), a set-off to another of the customer's invoices (debit
 * 1500 for the credit used, credit 1500 for the invoice paid). Each is checked and written under the customer's
 * lock in one transaction: all of it or nothing.
 */
@Service
public class CustomerCreditService {

    /** Voucher source type of a refund; the source id is the credit movement's id. */
    public static final String SOURCE_REFUND = "CREDIT_REFUND";
    /** Voucher and reduction source type of a set-off; the source id is the credit movement's id. */
    public static final String SOURCE_SET_OFF = "CREDIT_SET_OFF";

    private final PaymentRepository payments;
    private final CustomerService customers;
    private final InvoiceService invoices;
    private final InvoiceHistory history;
    private final LedgerService ledger;
    private final ApplicationEventPublisher events;
    private final PaymentProperties properties;
    private final OsloClock clock;

    CustomerCreditService(PaymentRepository payments, CustomerService customers, InvoiceService invoices,
            InvoiceHistory history, LedgerService ledger, ApplicationEventPublisher events,
            PaymentProperties properties, OsloClock clock) {
        this.payments = payments;
        this.customers = customers;
        this.invoices = invoices;
        this.history = history;
        this.ledger = ledger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The customer's credit balance now: unallocated standing payments plus the credit movements. */
    @Transactional(readOnly = true)
    public BigDecimal balance(long customerId) {
        customers.get(customerId);
        return Money.ore(payments.sumUnallocated(customerId).add(ledger.creditMovementsOf(customerId).stream()
                .map(CreditMovement::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    /** The customer's credit movements (credit note rests, refunds, set-offs), oldest first. */
    @Transactional(readOnly = true)
    public List<CreditMovement> movements(long customerId) {
        customers.get(customerId);
        return ledger.creditMovementsOf(customerId);
    }

    /** Pays part or all of the credit balance back to the customer's bank account. */
    @Transactional
    public CreditMovement refund(long customerId, RefundForm form, String user) {
        Customer customer = customers.lock(customerId);
        if (form == null) {
            throw new InvalidInputException("amount", "The refund needs an amount, a date and a bank account");
        }
        BigDecimal amount = PaymentService.validAmount(form.amount());
        LocalDate on = notInFuture(form.refundedOn(), "refundedOn");
        String account = bankAccount(form.bankAccount());
        String reference = PaymentService.validReference(form.reference());
        requireWithinBalance(customerId, amount, "refund");

        CreditMovement refund = ledger.useCredit(new CreditMovementRequest(customerId, CreditMovementKind.REFUND, on,
                amount, null, SOURCE_REFUND, null, account, reference, actor(user)));
        String text = "Tilbakebetaling tilgode " + customer.getName() + " til konto " + account;
        ledger.bookCredit(refund, text, List.of(
                PostingLine.debit(LedgerService.RECEIVABLES_ACCOUNT, amount, null, customerId, text),
                PostingLine.credit(properties.bankAccount(), amount, null, null, text)));
        return refund;
    }

    /**
     * Applies the credit balance to one of the customer's posted invoices: its own item first, then the fees claimed
     * on it, oldest first, as a payment would be spread. Whoever follows the invoice up hears of it as of a payment.
     */
    @Transactional
    public CreditMovement setOff(long customerId, SetOffForm form, String user) {
        Customer customer = customers.lock(customerId);
        if (form == null || form.invoiceId() == null) {
            throw new InvalidInputException("invoiceId", "Name the invoice to set the credit balance off against");
        }
        Invoice invoice = invoiceOf(customer, form.invoiceId());
        List<OpenItem> items = ledger.itemsConcerning(invoice.getId()).stream()
                .sorted(PaymentService.ALLOCATION_ORDER).toList();
        BigDecimal open = items.stream().map(OpenItem::getOpenAmount).reduce(Money.ZERO, BigDecimal::add);
        if (open.signum() <= 0) {
            throw new InvalidInputException("invoiceId", "Nothing is open on " + invoice.describe());
        }
        BigDecimal balance = balance(customerId);
        if (balance.signum() <= 0) {
            throw new InvalidInputException("amount", "Customer " + customer.getCustomerNumber()
                    + " has no credit balance to set off (" + balance + ")");
        }
        BigDecimal amount = form.amount() == null ? balance.min(open) : PaymentService.validAmount(form.amount());
        requireWithinBalance(customerId, amount, "set-off");
        if (amount.compareTo(open) > 0) {
            throw new InvalidInputException("amount", "The set-off of " + amount + " exceeds what is open on "
                    + invoice.describe() + " (" + open + ")");
        }
        LocalDate on = notInFuture(form.setOffOn(), "setOffOn");
        if (on.isBefore(invoice.getInvoiceDate())) {
            throw new InvalidInputException("setOffOn", "The set-off date " + on + " is before the invoice date "
                    + invoice.getInvoiceDate() + " of " + invoice.describe());
        }

        CreditMovement setOff = ledger.useCredit(new CreditMovementRequest(customerId, CreditMovementKind.SET_OFF,
                on, amount, invoice.getId(), SOURCE_SET_OFF, null, null, null, actor(user)));
        BigDecimal left = amount;
        BigDecimal toInvoice = Money.ZERO;
        for (OpenItem item : items) {
            BigDecimal part = left.min(item.getOpenAmount());
            if (part.signum() > 0) {
                ledger.reduceItem(item.getId(), part, new ReductionCause(ReductionKind.SET_OFF, on, SOURCE_SET_OFF,
                        setOff.getId()));
                left = left.subtract(part);
                toInvoice = item.getItemType() == OpenItemType.INVOICE ? toInvoice.add(part) : toInvoice;
            }
        }
        BigDecimal invoiceOpen = PaymentService.open(items, OpenItemType.INVOICE);
        BigDecimal totalOpen = items.stream().map(OpenItem::getOpenAmount).reduce(Money.ZERO, BigDecimal::add);
        history.record(invoice.getId(), "CREDIT_SET_OFF", actor(user), null, "The customer's credit balance paid "
                + amount + " on " + on + ": " + toInvoice + " to the invoice, " + amount.subtract(toInvoice)
                + " to fees; still open " + invoiceOpen + " (with fees " + totalOpen + ")");
        events.publishEvent(new CreditSetOff(setOff.getId(), invoice.getId(), customerId, amount, on, toInvoice,
                invoiceOpen, totalOpen));
        // the voucher last: its gap-free number locks the voucher series until this transaction commits
        String text = "Motregning tilgode mot faktura " + invoice.getInvoiceNumber() + " " + customer.getName();
        ledger.bookCredit(setOff, text, List.of(
                PostingLine.debit(LedgerService.RECEIVABLES_ACCOUNT, amount, null, customerId,
                        "Tilgode brukt: " + text),
                PostingLine.credit(LedgerService.RECEIVABLES_ACCOUNT, amount, null, customerId,
                        "Faktura " + invoice.getInvoiceNumber() + " betalt med tilgode")));
        return setOff;
    }

    private Invoice invoiceOf(Customer customer, long invoiceId) {
        Invoice invoice;
        try {
            invoice = invoices.get(invoiceId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("invoiceId", "Invoice id " + invoiceId + " does not exist");
        }
        if (invoice.getCustomerId() != customer.getId()) {
            throw new InvalidInputException("invoiceId", "Invoice id " + invoiceId + " belongs to another customer; "
                    + "a credit balance is set off only against the same customer's invoices");
        }
        if (invoice.getInvoiceType() != InvoiceType.INVOICE || !invoice.isPosted()) {
            throw new InvalidInputException("invoiceId", "A credit balance is set off only against a posted "
                    + "invoice; " + invoice.describe() + " is not one");
        }
        return invoice;
    }

    private void requireWithinBalance(long customerId, BigDecimal amount, String what) {
        BigDecimal balance = balance(customerId);
        if (amount.compareTo(balance) > 0) {
            throw new InvalidInputException("amount", "The " + what + " of " + amount
                    + " exceeds the customer's credit balance (" + balance + ")");
        }
    }

    private LocalDate notInFuture(LocalDate date, String field) {
        LocalDate today = clock.today();
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, "The date " + date + " is in the future (today is " + today + ")");
        }
        return date;
    }

    /** 11 digits with a valid MOD11 check digit; the spaces and dots people write them with are allowed. */
    private static String bankAccount(String value) {
        String digits = value == null ? "" : value.replaceAll("[\\s.]", "");
        if (!CheckDigits.isValidBankAccount(digits)) {
            throw new InvalidInputException("bankAccount", "'" + (value == null ? "" : value) + "' is not a "
                    + "Norwegian bank account number: 11 digits with a valid MOD11 check digit");
        }
        return digits;
    }

    private static String actor(String user) {
        return user == null ? InvoiceHistory.SYSTEM : user;
    }
}
