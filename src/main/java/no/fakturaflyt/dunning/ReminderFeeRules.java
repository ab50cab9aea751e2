package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.fakturaflyt.common.Money;

/**
 * The legal limits on reminder and collection-notice fees (inkassoloven, inkassoforskriften ch. 1; norway.md §1).
 * The company's policy (a DMN table) says what it would like to charge; these rules decide what may be charged and
 * say why, so that the clerk never has to work out the law.
 *
 * <ul>
 *   <li>cap = fraction × inkassosats: the fraction by the claim's due date (1/10 before 2020-10-01, then 1/20), the
 *       inkassosats by the day the reminder is sent; rounded half up to whole kroner (1/20 of 750 = 37.50 → 38, as
 *       norway.md gives it, marked check there);</li>
 *   <li>no fee earlier than 14 days after the due date;</li>
 *   <li>at most two fees before collection;</li>
 *   <li>a second fee only if the first reminder's deadline was at least 14 days and the debtor has missed it;</li>
 *   <li>a policy fee above the cap is cut to the cap, never charged as asked.</li>
 * </ul>
 */
public final class ReminderFeeRules {

    /** Days after the due date before a fee may be charged, and the shortest deadline that earns a second fee. */
    public static final int FOURTEEN_DAYS = 14;
    /** Fees allowed on one claim before it goes to collection. */
    public static final int MAX_FEES = 2;

    private final Supplier<LegalRates> rates;

    /** Rules on fixed figures (e.g. of the shipped file, in tests). */
    public ReminderFeeRules(LegalRates rates) {
        this(() -> rates);
    }

    /** Rules on the figures in force at each call (the database's, {@link LegalRateBook}). */
    public ReminderFeeRules(Supplier<LegalRates> rates) {
        this.rates = rates;
    }

    /** The first day a reminder or notice may carry a fee. */
    public static LocalDate earliestFeeDate(LocalDate dueDate) {
        return dueDate.plusDays(FOURTEEN_DAYS);
    }

    /** The cap for a claim due on {@code dueDate}, on a reminder or notice sent on {@code sentOn}. */
    public FeeCap cap(LocalDate dueDate, LocalDate sentOn) {
        DatedTable.Entry<Fraction> fraction = rates.get().feeFraction().entryOn(dueDate);
        DatedTable.Entry<BigDecimal> sats = rates.get().inkassosats().entryOn(sentOn);
        Fraction f = fraction.value().orElseThrow(() -> new NoFigureException(
                "fee-fraction: no figure for a claim due " + dueDate));
        BigDecimal inkassosats = sats.value().orElseThrow(() -> new NoFigureException(
                "inkassosats: no figure for " + sentOn));
        BigDecimal exact = f.of(inkassosats);
        BigDecimal amount = Money.wholeKroner(exact);
        boolean check = fraction.toBeChecked() || sats.toBeChecked() || exact.compareTo(amount) != 0;
        return new FeeCap(amount, exact, f, inkassosats, sentOn, check);
    }

    public FeeDecision decide(FeeRequest request) {
        FeeCap cap = cap(request.dueDate(), request.sentOn());
        List<String> reasons = new ArrayList<>();
        if (request.policyFee().signum() == 0) {
            reasons.add("the policy asks for no fee on the " + request.step().label());
            return new FeeDecision(Money.ZERO, cap, reasons);
        }

        boolean allowed = true;
        LocalDate earliest = earliestFeeDate(request.dueDate());
        if (request.sentOn().isBefore(earliest)) {
            reasons.add("no fee before 14 days after the due date (" + earliest + "); the " + request.step().label()
                    + " is sent on " + request.sentOn());
            allowed = false;
        }
        int claimed = request.feesClaimedCount();
        if (claimed >= MAX_FEES) {
            reasons.add("at most two fees before collection: " + claimed + " already claimed on this claim");
            allowed = false;
        } else if (claimed == 1) {
            allowed &= secondFeeAllowed(request, reasons);
        }
        if (!allowed) {
            return new FeeDecision(Money.ZERO, cap, reasons);
        }

        BigDecimal asked = Money.ore(request.policyFee());
        BigDecimal charged;
        if (asked.compareTo(cap.amount()) > 0) {
            charged = cap.amount();
            reasons.add("capped at " + Amounts.kr(cap.amount()) + " (" + cap.explanation() + "); the policy asks for "
                    + Amounts.kr(asked));
        } else {
            charged = asked;
            reasons.add("the policy's fee " + Amounts.kr(asked) + " is within the cap of " + Amounts.kr(cap.amount())
                    + " (" + cap.explanation() + ")");
        }
        if (request.debtorType() == DebtorType.BUSINESS) {
            reasons.add("a business debtor: this fee is deducted from the standard compensation"
                    + " (forsinkelsesrenteloven § 3a)");
        }
        return new FeeDecision(charged, cap, reasons);
    }

    private static boolean secondFeeAllowed(FeeRequest request, List<String> reasons) {
        Deadline previous = request.previousDeadline();
        if (previous == null) {
            reasons.add("a second fee needs the deadline the first reminder set, and none is known");
            return false;
        }
        boolean allowed = true;
        if (previous.days() < FOURTEEN_DAYS) {
            reasons.add("a second fee only when the first reminder set a deadline of at least 14 days; it set "
                    + previous.days() + " days (" + previous.sentOn() + " to " + previous.payBy() + ")");
            allowed = false;
        }
        if (!previous.passedOn(request.sentOn())) {
            reasons.add("a second fee only once the debtor has missed the first reminder's deadline ("
                    + previous.payBy() + "); the " + request.step().label() + " is sent on " + request.sentOn());
            allowed = false;
        }
        return allowed;
    }
}
