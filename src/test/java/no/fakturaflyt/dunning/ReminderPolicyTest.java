package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.support.FakturaflytTest;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionRuleResultImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableResultImpl;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder policy as deployed from bpmn/reminder-policy.dmn at start, evaluated through Camunda. */
@FakturaflytTest
class ReminderPolicyTest {

    @Autowired ReminderPolicy policy;
    @Autowired RepositoryService repositoryService;

    @Test
    void remindersAsk35FromConsumersAnd38FromBusinessesWith14DaysToTheNextStep() {
        assertThat(policy.decide(DebtorType.CONSUMER, FollowUpStep.REMINDER_1, nok("1250.00")))
                .isEqualTo(decision("35.00", 14, false));
        assertThat(policy.decide(DebtorType.BUSINESS, FollowUpStep.REMINDER_1, nok("1250.00")))
                .isEqualTo(decision("38.00", 14, false));   // the cap in force since 2026
        assertThat(policy.decide(DebtorType.CONSUMER, FollowUpStep.REMINDER_2, nok("100.00")))
                .isEqualTo(decision("35.00", 14, false));
        assertThat(policy.decide(DebtorType.BUSINESS, FollowUpStep.REMINDER_2, nok("99999.99")))
                .isEqualTo(decision("38.00", 14, false));
    }

    @Test
    void theCollectionNoticeAsks35WithTheLegalMinimumDeadlineOf14Days() {
        assertThat(policy.decide(DebtorType.CONSUMER, FollowUpStep.COLLECTION_NOTICE, nok("500")))
                .isEqualTo(decision("35.00", 14, false));
        assertThat(policy.decide(DebtorType.BUSINESS, FollowUpStep.COLLECTION_NOTICE, nok("500")))
                .isEqualTo(decision("35.00", 14, false));
    }

    @Test
    void theTransferWaitsForAClerkExceptForBusinessClaimsOf1000OrMore() {
        assertThat(policy.decide(DebtorType.CONSUMER, FollowUpStep.TRANSFER, nok("25000")))
                .isEqualTo(decision("0.00", 0, true));
        assertThat(policy.decide(DebtorType.BUSINESS, FollowUpStep.TRANSFER, nok("1000.00")))
                .isEqualTo(decision("0.00", 0, false));
        assertThat(policy.decide(DebtorType.BUSINESS, FollowUpStep.TRANSFER, nok("999.99")))
                .isEqualTo(decision("0.00", 0, true));
        assertThat(policy.decide(DebtorType.BUSINESS, FollowUpStep.TRANSFER, nok("100.00")))
                .isEqualTo(decision("0.00", 0, true));
    }

    @Test
    void aClaimOf50KronerGetsNoFeeAndWaitsForAClerkAtEveryStep() {
        for (DebtorType customer : DebtorType.values()) {
            for (FollowUpStep step : FollowUpStep.values()) {
                ReminderPolicyDecision decision = policy.decide(customer, step, nok("50.00"));

                assertThat(decision.fee()).as("%s/%s", customer, step).isEqualByComparingTo("0");
                assertThat(decision.manual()).as("%s/%s", customer, step).isTrue();
                assertThat(decision.daysToNextStep()).as("%s/%s", customer, step)
                        .isEqualTo(step == FollowUpStep.TRANSFER ? 0 : 14);
            }
        }
        assertThat(policy.decide(DebtorType.BUSINESS, FollowUpStep.REMINDER_1, nok("99.99")))
                .isEqualTo(decision("0.00", 14, true));
    }

    @Test
    void everyCustomerStepAndAmountBoundaryMatchesExactlyOneRule() {
        // hit policy UNIQUE: an overlap or a gap would throw here
        for (DebtorType customer : DebtorType.values()) {
            for (FollowUpStep step : FollowUpStep.values()) {
                for (String amount : List.of("0", "0.01", "99.99", "100", "100.01", "999.99", "1000", "1000000")) {
                    assertThat(policy.decide(customer, step, nok(amount))).as("%s/%s/%s", customer, step, amount)
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void theDecisionIsDeployedFromBpmnWithTheHistoryTimeToLiveOfTheBookkeepingRules() {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ReminderPolicy.DECISION_KEY).latestVersion().singleResult();

        assertThat(definition).as("the deployed reminder policy").isNotNull();
        assertThat(definition.getName()).isEqualTo("Reminder policy");
        assertThat(definition.getResourceName()).isEqualTo("reminder-policy.dmn");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(2192);
    }

    @Test
    void aTableWithNoRuleForTheInputsSaysWhichInputs() {
        ReminderPolicy withoutRule = new ReminderPolicy(decisionServiceAnswering(List.of()));

        assertThatThrownBy(() -> withoutRule.decide(DebtorType.BUSINESS, FollowUpStep.REMINDER_2, nok("500")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reminder-policy.dmn has no rule for BUSINESS/REMINDER_2/500 NOK");
    }

    @Test
    void aTableWithTwoMatchingRulesSaysSo() {
        Map<String, Object> row = Map.of("fee", 35.0, "daysToNextStep", 14, "manual", false);
        ReminderPolicy withTwoRules = new ReminderPolicy(decisionServiceAnswering(List.of(entries(row), entries(row))));

        assertThatThrownBy(() -> withTwoRules.decide(DebtorType.CONSUMER, FollowUpStep.REMINDER_1, nok("500")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reminder-policy.dmn has 2 matching rules for CONSUMER/REMINDER_1/500 NOK, expected exactly one");
    }

    @Test
    void aRuleWithAnEmptyOutputSaysWhichOutput() {
        Map<String, Object> row = new java.util.HashMap<>(Map.of("fee", 35.0, "manual", false));
        row.put("daysToNextStep", null);
        ReminderPolicy withGap = new ReminderPolicy(decisionServiceAnswering(List.of(entries(row))));

        assertThatThrownBy(() -> withGap.decide(DebtorType.CONSUMER, FollowUpStep.REMINDER_1, nok("500")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no number daysToNextStep for CONSUMER/REMINDER_1/500 NOK");
    }

    private static DecisionService decisionServiceAnswering(List<DmnDecisionRuleResult> rows) {
        DecisionService decisionService = mock(DecisionService.class, RETURNS_DEEP_STUBS);
        when(decisionService.evaluateDecisionTableByKey(ReminderPolicy.DECISION_KEY).variables(any()).evaluate())
                .thenReturn(new DmnDecisionTableResultImpl(rows));
        return decisionService;
    }

    private static DmnDecisionRuleResult entries(Map<String, Object> values) {
        DmnDecisionRuleResultImpl entries = new DmnDecisionRuleResultImpl();
        values.forEach((name, value) -> entries.putValue(name, Variables.untypedValue(value)));
        return entries;
    }

    private static BigDecimal nok(String amount) {
        return new BigDecimal(amount);
    }

    private static ReminderPolicyDecision decision(String fee, int days, boolean manual) {
        return new ReminderPolicyDecision(new BigDecimal(fee), days, manual);
    }
}
