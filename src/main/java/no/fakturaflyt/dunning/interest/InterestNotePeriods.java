package no.fakturaflyt.dunning.interest;

import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.document.InterestNoteDetails;
import no.fakturaflyt.document.InvoiceDocument.InterestPeriod;
import no.fakturaflyt.dunning.InterestCalculation;
import no.fakturaflyt.dunning.LateInterestCalculator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an interest note prints under its lines: for every accrual it bills, each stretch at one rate with principal,
 * from, to, days, rate and interest, recomputed with the rates of the rate book. When the recomputation does not give
 * the amount that was accrued (a rate corrected since), the accrual is shown as accrued, in one row without a rate,
 * rather than with figures that do not add up to what is billed.
 */
@Component
class InterestNotePeriods implements InterestNoteDetails {

    private final InterestAccrualRepository accruals;
    private final LateInterestCalculator calculator;

    InterestNotePeriods(InterestAccrualRepository accruals, LateInterestCalculator calculator) {
        this.accruals = accruals;
        this.calculator = calculator;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InterestPeriod> periodsOf(long interestNoteInvoiceId) {
        List<InterestPeriod> periods = new ArrayList<>();
        for (InterestAccrual accrual : accruals.findByBilledInvoiceIdOrderByIdAsc(interestNoteInvoiceId)) {
            periods.addAll(periodsOf(accrual));
        }
        return periods;
    }

    private List<InterestPeriod> periodsOf(InterestAccrual accrual) {
        String invoice = String.valueOf(accrual.getInvoiceNumber());
        InterestCalculation calculation = recompute(accrual);
        if (calculation == null || calculation.total().compareTo(accrual.getAmount()) != 0) {
            return List.of(new InterestPeriod(invoice, accrual.getPrincipal(), accrual.getFromDate(),
                    accrual.getToDate(), accrual.getDays(), null, 0, accrual.getAmount()));
        }
        return calculation.periods().stream().map(p -> new InterestPeriod(invoice, accrual.getPrincipal(), p.from(),
                p.to(), p.days(), p.rate(), p.daysInYear(), Money.ore(p.amount()))).toList();
    }

    private InterestCalculation recompute(InterestAccrual accrual) {
        try {
            return calculator.interest(accrual.getPrincipal(), accrual.getFromDate().minusDays(1),
                    accrual.getToDate());
        } catch (RuntimeException e) {
            return null; // a rate no longer known: shown as accrued
        }
    }
}
