package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
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
    /** The outputs the follow-up reads (bpmn/payment-follow-up.bpmn, BusinessRuleTask_ApplyReminderPolicy). */
    static final String FEE = "fee";
    static final String DAYS_TO_NEXT_STEP = "daysToNextStep";
    static final String MANUAL = "manual";
    /** Its inputs, as the follow-up sets them (CheckWhatIsOwedDelegate). */
    static final java.util.List<String> INPUTS = java.util.List.of(PaymentFollowUp.CUSTOMER_TYPE,
            PaymentFollowUp.NEXT_STEP, PaymentFollowUp.OUTSTANDING_AMOUNT);
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
                    .variables(Variables.fromMap(inputs(customerType, step, outstandingAmount)))
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
        return decision(result.getSingleResult(), inputs);
    }

    /**
     * The decision of one matched rule: the outputs the follow-up reads ({@value #FEE}, {@value #DAYS_TO_NEXT_STEP},
     * {@value #MANUAL}), each of its type, or why not. Also how the what-if reads a table it evaluates itself.
     */
    static ReminderPolicyDecision decision(Map<String, Object> entries, String inputs) {
        Number fee = output(entries, FEE, Number.class, inputs);
        Number days = output(entries, DAYS_TO_NEXT_STEP, Number.class, inputs);
        Boolean manual = output(entries, MANUAL, Boolean.class, inputs);
        return new ReminderPolicyDecision(toMoney(fee), days.intValue(), manual);
    }

    /** The variables the table is evaluated with, as the follow-up sets them. */
    static Map<String, Object> inputs(DebtorType customerType, FollowUpStep step, BigDecimal outstandingAmount) {
        return Map.of(PaymentFollowUp.CUSTOMER_TYPE, customerType.name(), PaymentFollowUp.NEXT_STEP, step.name(),
                PaymentFollowUp.OUTSTANDING_AMOUNT, outstandingAmount.doubleValue());
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
