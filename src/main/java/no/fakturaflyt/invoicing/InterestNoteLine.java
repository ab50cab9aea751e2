package no.fakturaflyt.invoicing;

import java.math.BigDecimal;

/**
 * One line of an interest note (rentenota): late-payment interest on one invoice, or the standard compensation.
 * Both are outside the VAT act, so the line has an amount and a revenue account but no VAT of its own choosing.
 *
 * @param revenueAccount where the income is credited (8055 interest, 3900 compensation)
 */
public record InterestNoteLine(String description, BigDecimal amount, int revenueAccount) {
}
