package no.fakturaflyt.dunning.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.payment.CreditSetOff;
import no.fakturaflyt.payment.PaymentRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payment made after the due date accrues late-payment interest on the part of it that paid the invoice itself
 * (fees carry none), from the day after the due date to the payment date; so does the customer's credit balance set
 * off against the invoice after its due date, to the set-off date. Each payment accrues once, on its own
 * amount to its own date, so partial payments add up. Interest notes accrue nothing: no interest on interest.
 *
 * <p>The days of a half-year whose rate is not known yet wait as pending interest (never guessed) and are accrued
 * when the rate is added ({@link PendingInterestResolver}); the days whose rate is known are accrued at once.
 *
 * <p>Runs in the payment's transaction: an accrual exists exactly when its payment does.
 */
@Component
class LateInterestAccrualListener {

    private final InterestAccrualRepository accruals;
    private final InvoiceService invoices;
    private final PendingInterestRepository pending;
    private final InterestAccruer accruer;

    LateInterestAccrualListener(InterestAccrualRepository accruals, PendingInterestRepository pending,
            InvoiceService invoices, InterestAccruer accruer) {
        this.accruals = accruals;
        this.pending = pending;
        this.invoices = invoices;
        this.accruer = accruer;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPayment(PaymentRegistered payment) {
        accrue(PaidBy.PAYMENT, payment.paymentId(), payment.invoiceId(), payment.appliedToInvoice(),
                payment.paidOn());
    }

    /** The customer's credit balance set off against the invoice pays it on the set-off date, as a payment would. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onSetOff(CreditSetOff setOff) {
        accrue(PaidBy.CREDIT_SET_OFF, setOff.setOffId(), setOff.invoiceId(), setOff.appliedToInvoice(),
                setOff.setOffOn());
    }

    private void accrue(PaidBy paidBy, long paymentId, long invoiceId, BigDecimal principal, LocalDate paidOn) {
        if (principal.signum() <= 0 || accruals.existsByPaidByAndPaymentId(paidBy, paymentId)
                || pending.existsByPaidByAndPaymentId(paidBy, paymentId)) {
            return;
        }
        Invoice invoice = invoices.get(invoiceId);
        if (invoice.isInterestNote() || !paidOn.isAfter(invoice.getDueDate())) {
            return;
        }
        accruer.accrue(new InterestAccruer.LatePayment(paidBy, paymentId, invoice.getId(),
                invoice.getInvoiceNumber(), invoice.getCustomerId(), principal, invoice.getDueDate()),
                invoice.getDueDate().plusDays(1), paidOn);
    }
}
