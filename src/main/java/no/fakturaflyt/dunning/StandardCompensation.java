package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.util.List;

/**
 * The standard compensation a business debtor owes for late payment (forsinkelsesrenteloven § 3a), and why.
 *
 * @param amount     NOK, two decimals; 0.00 for consumers and when fees already claimed use it up
 * @param halfYear   the half-year whose figure applies
 */
public record StandardCompensation(BigDecimal amount, HalfYear halfYear, List<String> reasons) {

    public StandardCompensation {
        reasons = List.copyOf(reasons);
    }
}
