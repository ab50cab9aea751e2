package no.fakturaflyt.dunning.interest;

import java.math.BigDecimal;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.dunning.InterestCalculation;
import no.fakturaflyt.dunning.LateInterestCalculator;
import no.fakturaflyt.dunning.NoFigureException;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.payment.PaymentRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payment made after the due date accrues late-payment interest on the part of it that paid the invoice itself
 * (fees carry none), from the day after the due date to the payment date. Each payment accrues once, on its own
 * amount to its own date, so partial payments add up. Interest notes accrue nothing: no interest on interest.
 *
 * <p>Runs in the payment's transaction: an accrual exists exactly when its payment does.
 */
@Component
class LateInterestAccrualListener {

    private static final Logger LOG = LoggerFactory.getLogger(LateInterestAccrualListener.class);

    private final InterestAccrualRepository accruals;
    private final InvoiceService invoices;
    private final InvoiceHistory history;
    private final LateInterestCalculator calculator;
    private final OsloClock clock;

    LateInterestAccrualListener(InterestAccrualRepository accruals, InvoiceService invoices, InvoiceHistory history,
            LateInterestCalculator calculator, OsloClock clock) {
        this.accruals = accruals;
        this.invoices = invoices;
        this.history = history;
        this.calculator = calculator;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPayment(PaymentRegistered payment) {
        BigDecimal principal = payment.appliedToInvoice();
        if (principal.signum() <= 0 || accruals.existsByPaymentId(payment.paymentId())) {
            return;
        }
        Invoice invoice = invoices.get(payment.invoiceId());
        if (invoice.isInterestNote() || !payment.paidOn().isAfter(invoice.getDueDate())) {
            return;
        }
        InterestCalculation calculation;
        try {
            calculation = calculator.interest(principal, invoice.getDueDate(), payment.paidOn());
        } catch (NoFigureException e) {
            // the payment stands; its interest waits for the missing rate in legal-rates.csv, never guessed
            LOG.warn("No late interest on payment {} of invoice {}: {}", payment.paymentId(),
                    invoice.getInvoiceNumber(), e.getMessage());
            history.record(invoice.getId(), "LATE_INTEREST_NOT_COMPUTED", InvoiceHistory.SYSTEM, null,
                    "Payment " + payment.paymentId() + " paid " + payment.paidOn() + " after the due date "
                            + invoice.getDueDate() + ", but " + e.getMessage());
            return;
        }
        if (calculation.total().signum() == 0) {
            return;
        }
        accruals.save(new InterestAccrual(payment.paymentId(), invoice.getId(), invoice.getInvoiceNumber(),
                invoice.getCustomerId(), principal, invoice.getDueDate(), invoice.getDueDate().plusDays(1),
                payment.paidOn(), Math.toIntExact(calculation.days()), calculation.total(),
                CalculationText.of(calculation), clock.now()));
        history.record(invoice.getId(), "LATE_INTEREST_ACCRUED", InvoiceHistory.SYSTEM, null, "Late interest "
                + calculation.total() + " on " + principal + " for " + calculation.days() + " days after the due date "
                + invoice.getDueDate() + " (payment " + payment.paymentId() + ")");
    }
}
