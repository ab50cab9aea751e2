package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The reminder policy process owners edit in Camunda Modeler ({@code bpmn/reminder-policy.dmn}, decision
 * {@value #DECISION_KEY}), evaluated in its latest deployed version. It gives what the company wants; the legal fee
 * cap and the number of fees allowed are applied elsewhere, after it.
 */
@Component
public class ReminderPolicy {

    public static final String DECISION_KEY = "ReminderPolicy";
    static final String RESOURCE = "reminder-policy.dmn";

    private final DecisionService decisionService;

    ReminderPolicy(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /**
     * @param outstandingAmount what the customer still owes on the claim, NOK
     * @throws IllegalStateException when the table has no rule, or more than one, for these inputs, or a rule leaves
     *                               an output empty
     */
    public ReminderPolicyDecision decide(DebtorType customerType, FollowUpStep step, BigDecimal outstandingAmount) {
        Objects.requireNonNull(customerType, "customerType");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(outstandingAmount, "outstandingAmount");
        String inputs = customerType + "/" + step + "/" + outstandingAmount.toPlainString() + " NOK";

        DmnDecisionTableResult result;
        try {
            result = decisionService.evaluateDecisionTableByKey(DECISION_KEY)
                    .variables(Variables.createVariables()
                            .putValue("customerType", customerType.name())
                            .putValue("step", step.name())
                            .putValue("outstandingAmount", outstandingAmount.doubleValue()))
                    .evaluate();
        } catch (RuntimeException e) {
            // e.g. hit policy UNIQUE with two matching rules, an unparsable entry, or no deployed decision
            throw new IllegalStateException(RESOURCE + " could not be evaluated for " + inputs + ": " + e.getMessage(),
                    e);
        }
        if (result.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no rule for " + inputs);
        }
        if (result.size() > 1) {
            throw new IllegalStateException(RESOURCE + " has " + result.size() + " matching rules for " + inputs
                    + ", expected exactly one");
        }
        DmnDecisionRuleResult entries = result.getSingleResult();
        Number fee = output(entries, "fee", Number.class, inputs);
        Number days = output(entries, "daysToNextStep", Number.class, inputs);
        Boolean manual = output(entries, "manual", Boolean.class, inputs);
        return new ReminderPolicyDecision(toMoney(fee), days.intValue(), manual);
    }

    private static <T> T output(Map<String, Object> entries, String name, Class<T> type, String inputs) {
        Object value = entries.get(name);
        if (!type.isInstance(value)) {
            throw new IllegalStateException(RESOURCE + " gives no " + type.getSimpleName().toLowerCase() + " "
                    + name + " for " + inputs + " (got " + value + ")");
        }
        return type.cast(value);
    }

    private static BigDecimal toMoney(Number fee) {
        BigDecimal amount = fee instanceof BigDecimal decimal ? decimal : new BigDecimal(fee.toString());
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
