package no.fakturaflyt.dunning.agency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The collection agency reported a case finished: the debtor paid, or the agency gave up. Published once per case,
 * whether the news came by the agency's callback or by our polling, so the payment follow-up can close its own case
 * (and post what was collected) without guarding against repeats itself.
 *
 * @param amountCollected what the agency collected for the creditor (zero when closed unpaid)
 */
public record CollectionCaseClosed(long invoiceId, String agencyReference, Outcome outcome,
        BigDecimal amountCollected, LocalDate closedOn) {

    public enum Outcome { PAID, CLOSED_UNPAID }
}
