package no.fakturaflyt.dunning;

/**
 * A legal figure was added (or a gap filled), e.g. the next half-year's late-interest rate; published in the
 * transaction that saved it, after the rules were given the new figures.
 *
 * @param table     the table, e.g. "late-interest"
 * @param halfYear  the half-year it holds for, for the tables set per half-year; null otherwise
 */
public record LegalRateAdded(String table, HalfYear halfYear) {

    public boolean isLateInterest() {
        return LegalRates.LATE_INTEREST.equals(table);
    }
}
