package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import no.fakturaflyt.common.Money;

/**
 * Late-payment interest (forsinkelsesrenteloven; norway.md §3): simple interest, no interest on interest, from the
 * day after the due date to the payment date inclusive; each day at the rate of its half-year, one day being
 * rate / 365, or rate / 366 in a leap year.
 *
 * <p>Rounding: each period is kept at 12 decimals and the total is rounded half up to øre once, so that splitting a
 * stretch of days into periods never changes the amount the debtor owes.
 */
public final class LateInterestCalculator {

    /** Far below an øre on any real claim; the only rounding that matters is the total's. */
    private static final int PRECISION = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Supplier<LegalRates> rates;

    /** Rules on fixed figures (e.g. of the shipped file, in tests). */
    public LateInterestCalculator(LegalRates rates) {
        this(() -> rates);
    }

    /** Rules on the figures in force at each call (the database's, {@link LegalRateBook}). */
    public LateInterestCalculator(Supplier<LegalRates> rates) {
        this.rates = rates;
    }

    /** The interest on {@code principal} due on {@code dueDate} and paid on {@code paidOn}; nothing if paid in time. */
    public InterestCalculation interest(BigDecimal principal, LocalDate dueDate, LocalDate paidOn) {
        Objects.requireNonNull(principal, "principal");
        if (principal.signum() < 0) {
            throw new IllegalArgumentException("the principal is negative: " + principal);
        }
        List<InterestPeriod> periods = new ArrayList<>();
        LocalDate day = dueDate.plusDays(1);
        while (!day.isAfter(paidOn)) {
            HalfYear halfYear = HalfYear.of(day);
            LocalDate to = halfYear.end().isBefore(paidOn) ? halfYear.end() : paidOn;
            DatedTable.Entry<BigDecimal> rate = rates.get().lateInterestRateFor(halfYear);
            add(periods, principal, day, to, rate.value().orElseThrow(), rate.toBeChecked());
            day = to.plusDays(1);
        }
        BigDecimal total = Money.ore(periods.stream().map(InterestPeriod::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new InterestCalculation(principal, dueDate, paidOn, total, periods);
    }

    /**
     * The interest as far as the rates are known: one calculation per stretch of days whose half-years have a rate,
     * and the half-years without one (never guessed), each with its days, to be computed when its rate arrives.
     */
    public PartialInterest interestAsFarAsKnown(BigDecimal principal, LocalDate dueDate, LocalDate paidOn) {
        List<InterestCalculation> known = new ArrayList<>();
        List<PartialInterest.Pending> pending = new ArrayList<>();
        LocalDate knownFrom = null;
        LocalDate day = dueDate.plusDays(1);
        while (!day.isAfter(paidOn)) {
            HalfYear halfYear = HalfYear.of(day);
            LocalDate to = halfYear.end().isBefore(paidOn) ? halfYear.end() : paidOn;
            if (hasRate(halfYear)) {
                knownFrom = knownFrom == null ? day : knownFrom;
            } else {
                if (knownFrom != null) {
                    known.add(interest(principal, knownFrom.minusDays(1), day.minusDays(1)));
                    knownFrom = null;
                }
                pending.add(new PartialInterest.Pending(day, to, halfYear));
            }
            day = to.plusDays(1);
        }
        if (knownFrom != null) {
            known.add(interest(principal, knownFrom.minusDays(1), paidOn));
        }
        return new PartialInterest(known, pending);
    }

    private boolean hasRate(HalfYear halfYear) {
        try {
            rates.get().lateInterestRateFor(halfYear);
            return true;
        } catch (NoFigureException e) {
            return false;
        }
    }

    /** Adds the days from..to, joining the previous period when it is the same rate in the same year. */
    private static void add(List<InterestPeriod> periods, BigDecimal principal, LocalDate from, LocalDate to,
            BigDecimal rate, boolean check) {
        LocalDate start = from;
        if (!periods.isEmpty()) {
            InterestPeriod last = periods.get(periods.size() - 1);
            if (last.rate().compareTo(rate) == 0 && last.from().getYear() == from.getYear()) {
                periods.remove(periods.size() - 1);
                start = last.from();
                check |= last.rateToBeChecked();
            }
        }
        long days = ChronoUnit.DAYS.between(start, to) + 1;
        int daysInYear = start.lengthOfYear();
        BigDecimal amount = principal.multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(daysInYear)), PRECISION, RoundingMode.HALF_UP);
        periods.add(new InterestPeriod(start, to, days, rate, daysInYear, amount, check));
    }

    /** The standard compensation for a claim due on {@code dueDate}: the figure of the half-year it fell due in. */
    public StandardCompensation standardCompensation(DebtorType debtorType, LocalDate dueDate,
            List<BigDecimal> feesAlreadyClaimed) {
        return standardCompensation(debtorType, HalfYear.of(dueDate), feesAlreadyClaimed);
    }

    /**
     * Business debtors only: the half-year's figure less the reminder fees already claimed on the claim, never below
     * 0. Consumers owe none. A half-year without a known figure fails ("no figure for 2024 H2"), never guessed.
     */
    public StandardCompensation standardCompensation(DebtorType debtorType, HalfYear halfYear,
            List<BigDecimal> feesAlreadyClaimed) {
        List<String> reasons = new ArrayList<>();
        if (debtorType == DebtorType.CONSUMER) {
            reasons.add("no standard compensation from a consumer (forsinkelsesrenteloven § 3a applies to businesses)");
            return new StandardCompensation(Money.ZERO, halfYear, reasons);
        }
        BigDecimal figure = Money.ore(rates.get().standardCompensationFor(halfYear).value().orElseThrow());
        BigDecimal fees = Money.ore(feesAlreadyClaimed.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        reasons.add("standard compensation for " + halfYear + ": " + Amounts.kr(figure));
        BigDecimal amount = figure.subtract(fees);
        if (fees.signum() > 0) {
            reasons.add("less reminder fees already claimed: " + Amounts.kr(fees));
        }
        if (amount.signum() < 0) {
            amount = Money.ZERO;
            reasons.add("never below 0.00 kr");
        }
        return new StandardCompensation(amount, halfYear, reasons);
    }
}
