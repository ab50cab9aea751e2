package no.fakturaflyt.dunning.interest;

import java.util.stream.Collectors;
import no.fakturaflyt.dunning.InterestCalculation;
import no.fakturaflyt.dunning.InterestPeriod;

/**
 * The calculation behind an accrual in words an auditor can recompute by hand: each period with its days, rate and
 * day basis, and the total rounded once.
 */
final class CalculationText {

    private CalculationText() {
    }

    /** "10000.00 × 12.50 % × 10/365 (2025-06-21–2025-06-30) = 34.246575342466; ... total 67.81". */
    static String of(InterestCalculation calculation) {
        String periods = calculation.periods().stream().map(p -> period(calculation, p))
                .collect(Collectors.joining("; "));
        return periods + "; total rounded to øre " + calculation.total().toPlainString();
    }

    private static String period(InterestCalculation calculation, InterestPeriod p) {
        return calculation.principal().toPlainString() + " × " + p.rate().toPlainString() + " % × " + p.days() + "/"
                + p.daysInYear() + " (" + p.from() + "–" + p.to() + ") = " + p.amount().toPlainString()
                + (p.rateToBeChecked() ? " [rate to be checked]" : "");
    }
}
