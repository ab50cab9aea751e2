package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.fakturaflyt.common.Money;

/**
 * What one step of a case comes to once the law and the company's settings are applied to what the reminder policy
 * asks: the fee, the deadline, the step after it and its day. A pure function of its facts, called by the follow-up
 * itself ({@link ReminderStepService}, {@link FollowUpService}) and by the policy what-if ({@link WhatIfSimulation}),
 * so that a simulation can never drift from what a case really gets.
 */
public final class ReminderStepRules {

    private final ReminderFeeRules feeRules;

    public ReminderStepRules(ReminderFeeRules feeRules) {
        this.feeRules = Objects.requireNonNull(feeRules, "feeRules");
    }

    /** A step already sent on the case: what the law needs to know about it for the steps after. */
    public record SentStep(FollowUpStep step, LocalDate sentOn, LocalDate payBy, BigDecimal fee) {

        static SentStep of(StepRecord record) {
            return new SentStep(record.getStep(), record.getSentOn(), record.getPayBy(), record.getFee());
        }
    }

    /**
     * @param step       a reminder or the collection notice
     * @param sentOn     the day it is sent
     * @param before     the steps already sent on the case, oldest first
     * @param policyFee  what the policy asks (NOK)
     * @param policyDays the policy's days to the next step
     */
    public record Facts(FollowUpStep step, LocalDate dueDate, LocalDate sentOn, DebtorType debtor,
            List<SentStep> before, BigDecimal policyFee, int policyDays, FollowUpSettings settings) {

        public Facts {
            before = List.copyOf(before);
        }
    }

    /**
     * @param reasons every rule that decided the fee and the deadline, in the order applied
     * @param next    the step after this one (null after the transfer)
     * @param nextOn  the day it is due: the deadline, then the postal days
     */
    public record Plan(FeeDecision fee, Deadline deadline, List<String> reasons, FollowUpStep next, LocalDate nextOn) {

        public Plan {
            reasons = List.copyOf(reasons);
        }
    }

    public Plan plan(Facts facts) {
        List<String> reasons = new ArrayList<>();
        Deadline deadline;
        if (facts.step() == FollowUpStep.COLLECTION_NOTICE) {
            NoticeDeadline notice = CollectionNoticeRules.deadline(facts.sentOn(), facts.policyDays());
            deadline = notice.deadline();
            reasons.addAll(notice.reasons());
        } else {
            deadline = Deadline.daysAfter(facts.sentOn(), Math.max(1, facts.policyDays()));
        }
        FeeDecision fee = feeRules.decide(new FeeRequest(facts.dueDate(), facts.sentOn(), facts.step(),
                facts.debtor(), facts.before().stream().map(SentStep::fee).toList(), firstFeeDeadline(facts.before()),
                Money.ore(facts.policyFee())));
        reasons.addAll(0, fee.reasons());
        FollowUpStep next = FollowUpSchedule.following(facts.step(), facts.settings());
        LocalDate nextOn = FollowUpSchedule.afterDeadline(deadline.payBy(), facts.settings());
        return new Plan(fee, deadline, reasons, next, nextOn);
    }

    /** Below the company's minimum amount no step is sent: the case goes on hold. */
    public static boolean belowMinimum(BigDecimal outstanding, FollowUpSettings settings) {
        return outstanding.compareTo(settings.getMinimumAmount()) < 0;
    }

    /** The company's setting that every transfer waits for a clerk, whatever the policy says. */
    public static boolean transferNeedsApproval(FollowUpStep step, FollowUpSettings settings) {
        return step == FollowUpStep.TRANSFER
                && settings.getTransferApproval() == FollowUpSettings.TransferApproval.MANUAL;
    }

    /** The deadline set by the step that charged the first fee, when one has been charged. */
    private static Deadline firstFeeDeadline(List<SentStep> before) {
        return before.stream().filter(s -> s.fee().signum() > 0 && s.payBy() != null).findFirst()
                .map(s -> new Deadline(s.sentOn(), s.payBy())).orElse(null);
    }
}
