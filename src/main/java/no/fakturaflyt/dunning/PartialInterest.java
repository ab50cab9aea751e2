package no.fakturaflyt.dunning;

import java.time.LocalDate;
import java.util.List;

/**
 * Late interest on one claim as far as the rates are known.
 *
 * @param known   a calculation per stretch of days whose half-years have a rate (each from the day after its
 *                {@code dueDate} to its {@code paidOn})
 * @param pending the half-years without a rate yet, with the claim's days in them
 */
public record PartialInterest(List<InterestCalculation> known, List<Pending> pending) {

    public PartialInterest {
        known = List.copyOf(known);
        pending = List.copyOf(pending);
    }

    /** Days from..to (inclusive) of a half-year whose late-interest rate is not known yet. */
    public record Pending(LocalDate from, LocalDate to, HalfYear halfYear) {
    }
}
