package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reminder policy read as the follow-up reads it, without the application: the shipped table decides as its
 * rules say and names the rule; edits of the form's cells make a new candidate; a file the follow-up could not run is
 * refused naming where; the differences between two courses of a case are told in words.
 */
class PolicyTableTest {

    private final PolicyTable shipped = PolicyTable.parse(PolicyCandidates.shipped());

    @Test
    void theShippedTableDecidesPerRuleAndNamesIt() {
        PolicyTable.Match small = shipped.decide(DebtorType.CONSUMER, FollowUpStep.REMINDER_1, new BigDecimal("75.00"));
        assertThat(small.rule()).isEqualTo("rule 1 (Rule_SmallClaim)");
        assertThat(small.decision()).isEqualTo(new ReminderPolicyDecision(new BigDecimal("0.00"), 14, true));
        PolicyTable.Match business = shipped.decide(DebtorType.BUSINESS, FollowUpStep.REMINDER_2,
                new BigDecimal("1250.00"));
        assertThat(business.rule()).isEqualTo("rule 6 (Rule_Reminder2_Business)");
        assertThat(business.decision().fee()).isEqualByComparingTo("38");
        assertThat(shipped.hitPolicy()).isEqualTo("UNIQUE");
        assertThat(shipped.rows()).hasSize(10);
        assertThat(shipped.amountsToProbe()).contains(new BigDecimal("99.99"), new BigDecimal("100.00"),
                new BigDecimal("1000.01"));
    }

    @Test
    void editedCellsMakeANewCandidateAndLeaveTheOldOneAsItWas() {
        PolicyTable lowered = shipped.edited(Map.of(PolicyTable.cellKey(1, 2), "< 50", PolicyTable.cellKey(3, 2),
                ">= 50"));
        assertThat(lowered.decide(DebtorType.CONSUMER, FollowUpStep.REMINDER_1, new BigDecimal("75.00")).rule())
                .isEqualTo("rule 3 (Rule_Reminder1_Consumer)");
        assertThat(shipped.decide(DebtorType.CONSUMER, FollowUpStep.REMINDER_1, new BigDecimal("75.00")).rule())
                .isEqualTo("rule 1 (Rule_SmallClaim)");
        assertThat(lowered.xml()).contains("&lt; 50");
    }

    @Test
    void anInputTheFollowUpDoesNotSetAndAnotherExpressionLanguageAreRefused() {
        String other = PolicyCandidates.replacing(PolicyCandidates.shipped(), "<text>outstandingAmount</text>",
                "<text>creditScore</text>");
        assertThatThrownBy(() -> PolicyTable.parse(other)).isInstanceOfSatisfying(PolicyRejectedException.class,
                e -> assertThat(e.problems()).extracting(PolicyProblem::field).contains("input.Input_outstandingAmount"));
        String juel = PolicyCandidates.replacing(PolicyCandidates.shipped(),
                "<outputEntry id=\"LiteralExpression_SmallClaim_fee\">",
                "<outputEntry id=\"LiteralExpression_SmallClaim_fee\" expressionLanguage=\"juel\">");
        assertThatThrownBy(() -> PolicyTable.parse(juel)).isInstanceOfSatisfying(PolicyRejectedException.class,
                e -> assertThat(e.problems().get(0).message()).contains("is written in juel"));
    }

    @Test
    void theDifferenceOfTwoCoursesIsToldStepByStep() {
        LocalDate on = LocalDate.of(2026, 3, 16);
        WhatIfSimulation.Course deployed = new WhatIfSimulation.Course(List.of(new WhatIfSimulation.SimulatedStep(
                FollowUpStep.REMINDER_1, on, new BigDecimal("0.00"), true, "rule 1 (Rule_SmallClaim)", List.of())),
                null);
        WhatIfSimulation.Course candidate = new WhatIfSimulation.Course(List.of(new WhatIfSimulation.SimulatedStep(
                FollowUpStep.REMINDER_1, on, new BigDecimal("35.00"), false, "rule 3 (Rule_Reminder1_Consumer)",
                List.of("within the cap"))), "on hold");
        assertThat(WhatIfSimulation.why(deployed, candidate)).containsExactly(
                "The first reminder: fee 0.00 kr → 35.00 kr (within the cap); no longer waits for a clerk (deployed "
                        + "rule 1 (Rule_SmallClaim), candidate rule 3 (Rule_Reminder1_Consumer))",
                "Deployed: goes on; candidate: on hold");
        assertThat(WhatIfSimulation.why(deployed, deployed)).isEmpty();
    }
}
