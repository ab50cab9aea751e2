package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ReminderFeeRules} needs to decide the fee of one reminder or collection notice.
 *
 * @param dueDate             the claim's due date: decides the fee fraction (1/10 or 1/20)
 * @param sentOn              the day this reminder or notice is sent: decides the inkassosats
 * @param step                which step this is
 * @param debtorType          consumer or business
 * @param feesAlreadyClaimed  the fees earlier steps charged on this claim (zeros count as no fee)
 * @param previousDeadline    the deadline the step that charged the first fee set; only needed for a second fee,
 *                            may be null otherwise
 * @param policyFee           the fee the company's policy asks for (0 for none)
 */
public record FeeRequest(LocalDate dueDate, LocalDate sentOn, FollowUpStep step, DebtorType debtorType,
        List<BigDecimal> feesAlreadyClaimed, Deadline previousDeadline, BigDecimal policyFee) {

    public FeeRequest {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(step, "step");
        if (!step.mayCarryFee()) {
            throw new IllegalArgumentException("the " + step.label() + " carries no fee of the creditor's");
        }
        Objects.requireNonNull(debtorType, "debtorType");
        feesAlreadyClaimed = List.copyOf(feesAlreadyClaimed == null ? List.of() : feesAlreadyClaimed);
        Objects.requireNonNull(policyFee, "policyFee");
        if (policyFee.signum() < 0) {
            throw new IllegalArgumentException("the policy's fee is negative: " + policyFee);
        }
        if (feesAlreadyClaimed.stream().anyMatch(fee -> fee.signum() < 0)) {
            throw new IllegalArgumentException("a fee already claimed is negative: " + feesAlreadyClaimed);
        }
        if (!sentOn.isAfter(dueDate)) {
            throw new IllegalArgumentException("a " + step.label() + " is sent after the due date " + dueDate
                    + ", not on " + sentOn);
        }
    }

    /** How many earlier steps actually charged a fee. */
    public int feesClaimedCount() {
        return (int) feesAlreadyClaimed.stream().filter(fee -> fee.signum() > 0).count();
    }
}
