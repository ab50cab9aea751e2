package no.fakturaflyt.dunning;

import java.math.BigDecimal;

/**
 * What the reminder policy says for one step: the fee the company wants (NOK, before the legal cap), the days from
 * this step until the next one is due (0 for the last step), and whether the step waits for a clerk's approval.
 */
public record ReminderPolicyDecision(BigDecimal fee, int daysToNextStep, boolean manual) {
}
