package no.fakturaflyt.distribution.provider;

/**
 * The factoring company's answer.
 *
 * @param outcome   ACCEPTED or REJECTED
 * @param reference the factoring company's reference for an accepted invoice (null when rejected)
 * @param reason    why it was rejected (null when accepted)
 */
public record FactoringDecision(Outcome outcome, String reference, String reason) {

    public enum Outcome { ACCEPTED, REJECTED }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
