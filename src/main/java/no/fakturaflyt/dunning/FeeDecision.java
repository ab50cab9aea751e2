package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fee a reminder or collection notice actually carries, and why, in sentences a clerk can read and an auditor
 * can check against the law.
 *
 * @param amount   the fee charged in NOK (two decimals; 0.00 for none)
 * @param cap      the legal cap on the day it is sent
 * @param reasons  every rule that decided the amount, in the order they were applied
 */
public record FeeDecision(BigDecimal amount, FeeCap cap, List<String> reasons) {

    public FeeDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean charged() {
        return amount.signum() > 0;
    }
}
