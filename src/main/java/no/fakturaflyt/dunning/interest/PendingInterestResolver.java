package no.fakturaflyt.dunning.interest;

import java.util.List;
import no.fakturaflyt.dunning.LateInterestCalculator;
import no.fakturaflyt.dunning.LegalRateAdded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a late-interest rate is added, the days that waited for it are accrued, in the transaction that added it:
 * the rate and the interest it makes due stand or fall together.
 */
@Component
class PendingInterestResolver {

    private static final Logger LOG = LoggerFactory.getLogger(PendingInterestResolver.class);

    private final PendingInterestRepository pending;
    private final InterestAccruer accruer;
    private final LateInterestCalculator calculator;

    PendingInterestResolver(PendingInterestRepository pending, InterestAccruer accruer,
            LateInterestCalculator calculator) {
        this.pending = pending;
        this.accruer = accruer;
        this.calculator = calculator;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRateAdded(LegalRateAdded added) {
        if (added.isLateInterest()) {
            resolve();
        }
    }

    /** A release may have brought a rate in legal-rates.csv (seeded at start): the days that waited for it. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void atStart() {
        resolve();
    }

    /** Accrues every pending stretch whose rate is known now; the others keep waiting. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int resolve() {
        List<PendingInterest> waiting = pending.lockAll();
        int resolved = 0;
        for (PendingInterest days : waiting) {
            if (!calculator.interestAsFarAsKnown(days.getPrincipal(), days.getFromDate().minusDays(1),
                    days.getToDate()).pending().isEmpty()) {
                continue;   // its half-year still has no rate
            }
            InterestAccruer.LatePayment payment = new InterestAccruer.LatePayment(days.getPaidBy(),
                    days.getPaymentId(),
                    days.getInvoiceId(), days.getInvoiceNumber(), days.getCustomerId(), days.getPrincipal(),
                    days.getDueDate());
            pending.delete(days);
            accruer.accrue(payment, days.getFromDate(), days.getToDate());
            resolved++;
        }
        if (resolved > 0) {
            LOG.info("Accrued the late interest of {} stretches of days that waited for a rate", resolved);
        }
        return resolved;
    }
}
