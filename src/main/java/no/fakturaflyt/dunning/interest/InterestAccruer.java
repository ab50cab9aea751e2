package no.fakturaflyt.dunning.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.dunning.InterestCalculation;
import no.fakturaflyt.dunning.LateInterestCalculator;
import no.fakturaflyt.dunning.PartialInterest;
import no.fakturaflyt.invoicing.InvoiceHistory;
import org.springframework.stereotype.Component;

/**
 * Turns a late payment's days into accruals, as far as their rates are known, and keeps the days of a half-year
 * without a rate as pending interest; both recorded in the invoice's history.
 */
@Component
class InterestAccruer {

    private final InterestAccrualRepository accruals;
    private final PendingInterestRepository pending;
    private final LateInterestCalculator calculator;
    private final InvoiceHistory history;
    private final OsloClock clock;

    InterestAccruer(InterestAccrualRepository accruals, PendingInterestRepository pending,
            LateInterestCalculator calculator, InvoiceHistory history, OsloClock clock) {
        this.accruals = accruals;
        this.pending = pending;
        this.calculator = calculator;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The claim a payment or a set-off paid late: the part of it that paid the invoice, and the invoice's key figures.
     */
    record LatePayment(PaidBy paidBy, long paymentId, long invoiceId, long invoiceNumber, long customerId,
            BigDecimal principal, LocalDate dueDate) {

        String describe() {
            return (paidBy == PaidBy.CREDIT_SET_OFF ? "set-off of the credit balance " : "payment ") + paymentId;
        }
    }

    /**
     * Accrues the interest of the days from..to (inclusive) of this late payment, and keeps the days without a known
     * rate pending.
     *
     * @return whether any day is still pending
     */
    boolean accrue(LatePayment payment, LocalDate from, LocalDate to) {
        PartialInterest interest = calculator.interestAsFarAsKnown(payment.principal(), from.minusDays(1), to);
        for (InterestCalculation known : interest.known()) {
            if (known.total().signum() == 0) {
                continue;
            }
            LocalDate knownFrom = known.dueDate().plusDays(1);
            accruals.save(new InterestAccrual(payment.paidBy(), payment.paymentId(), payment.invoiceId(),
                    payment.invoiceNumber(), payment.customerId(), payment.principal(), payment.dueDate(), knownFrom,
                    known.paidOn(), Math.toIntExact(known.days()), known.total(), CalculationText.of(known), clock.now()));
            history.record(payment.invoiceId(), "LATE_INTEREST_ACCRUED", InvoiceHistory.SYSTEM, null, "Late interest "
                    + known.total() + " on " + payment.principal() + " for " + known.days() + " days from " + knownFrom
                    + " to " + known.paidOn() + " (due date " + payment.dueDate() + ", " + payment.describe() + ")");
        }
        for (PartialInterest.Pending days : interest.pending()) {
            pending.save(new PendingInterest(payment.paidBy(), payment.paymentId(), payment.invoiceId(),
                    payment.invoiceNumber(), payment.customerId(), payment.principal(), payment.dueDate(), days.from(),
                    days.to(), days.halfYear().toString(), clock.now()));
            history.record(payment.invoiceId(), "LATE_INTEREST_PENDING", InvoiceHistory.SYSTEM, null, "Late interest"
                    + " on " + payment.principal() + " for " + days.from() + " to " + days.to() + " waits for the"
                    + " late-interest rate of " + days.halfYear() + " (" + payment.describe() + "); it is"
                    + " computed when that rate is added, never guessed");
        }
        return !interest.pending().isEmpty();
    }
}
