package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import org.springframework.stereotype.Component;

/**
 * Whether a candidate reminder policy may be deployed: it must read as the follow-up's table ({@link PolicyTable#parse}),
 * give exactly one valid result for every customer type, step and amount its rules tell apart, and ask for nothing
 * the law forbids: a fee above the cap in force (inkassoforskriften §§ 1-1, 1-2), a fee on the transfer, a reminder
 * deadline too short for the next fee (§ 1-3) or a collection notice deadline under 14 days (inkassoloven § 9). The
 * follow-up would cap or correct these itself; a policy that asks for them is refused, so that the table says what
 * really happens.
 */
@Component
public class PolicyValidation {

    private final ReminderFeeRules feeRules;
    private final OsloClock clock;

    PolicyValidation(ReminderFeeRules feeRules, OsloClock clock) {
        this.feeRules = feeRules;
        this.clock = clock;
    }

    /**
     * @throws PolicyRejectedException with every problem found, each naming its rule (row) or column
     */
    public PolicyTable check(String xml) {
        PolicyTable table = PolicyTable.parse(xml);
        List<PolicyProblem> problems = problems(table);
        if (!problems.isEmpty()) {
            throw new PolicyRejectedException(problems);
        }
        return table;
    }

    /** The problems of a table that parsed: evaluation and the law, at most one per rule and column. */
    public List<PolicyProblem> problems(PolicyTable table) {
        LocalDate today = clock.today();
        FeeCap cap = feeRules.cap(today, today.plusDays(1));
        Map<String, PolicyProblem> found = new LinkedHashMap<>();
        for (DebtorType type : DebtorType.values()) {
            for (FollowUpStep step : FollowUpStep.values()) {
                for (BigDecimal amount : table.amountsToProbe()) {
                    try {
                        PolicyTable.Match match = table.decide(type, step, amount);
                        lawProblems(table, match, type, step, cap).forEach(p -> found.putIfAbsent(p.field(), p));
                    } catch (PolicyTable.EvaluationException e) {
                        PolicyProblem problem = e.ruleIds().isEmpty()
                                ? new PolicyProblem("rules", null, null, e.getMessage())
                                : PolicyProblem.rule(table.rowOf(e.ruleIds().get(0)), e.ruleIds().get(0), null,
                                        e.getMessage());
                        found.putIfAbsent(problem.field() + "/" + type + "/" + step, problem);
                    }
                }
            }
        }
        List<PolicyProblem> problems = new ArrayList<>(found.values());
        problems.sort(java.util.Comparator.comparing(p -> p.row() == null ? 0 : p.row()));
        return problems;
    }

    private static List<PolicyProblem> lawProblems(PolicyTable table, PolicyTable.Match match, DebtorType type,
            FollowUpStep step, FeeCap cap) {
        List<PolicyProblem> problems = new ArrayList<>();
        ReminderPolicyDecision decision = match.decision();
        String what = "the " + step.label() + " to a " + type.name().toLowerCase();
        if (step.mayCarryFee() && decision.fee().compareTo(cap.amount()) > 0) {
            problems.add(PolicyProblem.rule(match.row(), match.ruleId(), ReminderPolicy.FEE, "asks "
                    + Amounts.kr(decision.fee()) + " for " + what + "; the law caps the fee at "
                    + Amounts.kr(cap.amount()) + " (" + cap.explanation() + ", inkassoforskriften § 1-2)"));
        }
        if (!step.mayCarryFee() && decision.fee().signum() > 0) {
            problems.add(PolicyProblem.rule(match.row(), match.ruleId(), ReminderPolicy.FEE, "asks "
                    + Amounts.kr(decision.fee()) + " for " + what + "; the transfer carries no fee of ours (the "
                    + "agency charges its own under the law)"));
        }
        if (step == FollowUpStep.COLLECTION_NOTICE
                && decision.daysToNextStep() < CollectionNoticeRules.MIN_DEADLINE_DAYS) {
            problems.add(PolicyProblem.rule(match.row(), match.ruleId(), ReminderPolicy.DAYS_TO_NEXT_STEP, "gives "
                    + decision.daysToNextStep() + " days after " + what + "; a collection notice must give at least "
                    + "14 days from the day it is sent before the claim may go to collection (inkassoloven § 9)"));
        }
        if ((step == FollowUpStep.REMINDER_1 || step == FollowUpStep.REMINDER_2)
                && decision.daysToNextStep() < ReminderFeeRules.FOURTEEN_DAYS) {
            problems.add(PolicyProblem.rule(match.row(), match.ruleId(), ReminderPolicy.DAYS_TO_NEXT_STEP, "sends "
                    + "the next letter " + decision.daysToNextStep() + " days after " + what + "; the next fee may only "
                    + "be claimed once the debtor has missed a deadline of at least 14 days (inkassoforskriften § 1-3)"));
        }
        return problems;
    }
}
