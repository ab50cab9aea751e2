package no.fakturaflyt.dunning;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * One version of the reminder policy ({@code reminder-policy.dmn}), deployed or a candidate, read as a table and
 * evaluated exactly as the follow-up's business rule task evaluates it: same inputs, same outputs, one rule per case.
 * Evaluated by a DMN engine of its own that writes no history and runs no script, so that reading or trying a version
 * changes nothing. {@link #parse} refuses a file the follow-up could not run, naming where.
 */
public final class PolicyTable {

    /** The hit policies that give the follow-up the single result it reads. */
    static final Set<HitPolicy> SINGLE_RESULT = Set.of(HitPolicy.UNIQUE, HitPolicy.FIRST, HitPolicy.ANY);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern RULE_ID = Pattern.compile("id='([^']+)'");
    private static final Pattern FEEL = Pattern.compile(
            "feel|feel-scala|https?://www\\.omg\\.org/spec/(feel/\\d{8}|dmn/\\d{8}/feel/?)", Pattern.CASE_INSENSITIVE);
    private static final ThreadLocal<List<DmnEvaluatedDecisionRule>> MATCHED = new ThreadLocal<>();
    private static final DmnEngine ENGINE = engine();

    public record Column(String id, String label, String name, String typeRef) {
    }

    /** A rule as a row: its entries in the order of the columns, inputs first. */
    public record Row(int number, String id, String description, List<String> inputs, List<String> outputs) {
    }

    /** The rule that decided, and what it decided. */
    public record Match(ReminderPolicyDecision decision, int row, String ruleId) {

        public String rule() {
            return "rule " + row + " (" + ruleId + ")";
        }
    }

    /** The table gave no single valid result for some inputs; names the rules concerned when it can. */
    static final class EvaluationException extends RuntimeException {

        private final List<String> ruleIds;

        EvaluationException(String message, List<String> ruleIds, Throwable cause) {
            super(message, cause);
            this.ruleIds = List.copyOf(ruleIds);
        }

        List<String> ruleIds() {
            return ruleIds;
        }
    }

    private final String xml;
    private final DecisionTable table;
    private final DmnDecision decision;
    private final List<Row> rows;

    private PolicyTable(String xml, DecisionTable table, DmnDecision decision) {
        this.xml = xml;
        this.table = table;
        this.decision = decision;
        List<Row> read = new ArrayList<>();
        int number = 1;
        for (Rule rule : table.getRules()) {
            read.add(new Row(number++, rule.getId(), rule.getDescription() == null ? ""
                    : rule.getDescription().getTextContent().strip(),
                    rule.getInputEntries().stream().map(e -> text(e.getText())).toList(),
                    rule.getOutputEntries().stream().map(e -> text(e.getText())).toList()));
        }
        this.rows = List.copyOf(read);
    }

    /**
     * Reads a DMN file as the reminder policy: it must parse, hold the decision {@value ReminderPolicy#DECISION_KEY}
     * as a table with a single-result hit policy, read only the inputs the follow-up sets, give every output it reads,
     * in FEEL, with plain values in every rule.
     *
     * @throws PolicyRejectedException naming the file, column or rule at fault
     */
    public static PolicyTable parse(String xml) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            throw new PolicyRejectedException(List.of(PolicyProblem.file("The file is no DMN model that parses: "
                    + rootMessage(e))));
        }
        ModelElementInstance element = model.getModelElementById(ReminderPolicy.DECISION_KEY);
        if (!(element instanceof Decision found) || !(found.getExpression() instanceof DecisionTable table)) {
            throw new PolicyRejectedException(List.of(PolicyProblem.file("The file has no decision table with the id "
                    + ReminderPolicy.DECISION_KEY + ", the decision the follow-up evaluates")));
        }
        List<PolicyProblem> problems = new ArrayList<>(structureProblems(model, table));
        if (!problems.isEmpty()) {
            throw new PolicyRejectedException(problems);
        }
        DmnDecision decision;
        try {
            decision = ENGINE.parseDecision(ReminderPolicy.DECISION_KEY, model);
        } catch (RuntimeException e) {
            throw new PolicyRejectedException(List.of(PolicyProblem.file("The decision table does not parse: "
                    + rootMessage(e))));
        }
        return new PolicyTable(Dmn.convertToString(model), table, decision);
    }

    private static List<PolicyProblem> structureProblems(DmnModelInstance model, DecisionTable table) {
        List<PolicyProblem> problems = new ArrayList<>();
        for (ModelElementInstance any : model.getModelElementsByType(
                model.getModel().getType(org.camunda.bpm.model.dmn.instance.DmnElement.class))) {
            String language = any.getDomElement().getAttribute("expressionLanguage");
            if (language != null && !FEEL.matcher(language.strip()).matches()) {
                problems.add(PolicyProblem.file("Element " + any.getDomElement().getAttribute("id") + " is written in "
                        + language + "; the policy is written in FEEL"));
            }
        }
        String language = model.getDefinitions().getExpressionLanguage();
        if (language != null && !FEEL.matcher(language.strip()).matches()) {
            problems.add(PolicyProblem.file("The model is written in " + language + "; the policy is written in FEEL"));
        }
        if (!SINGLE_RESULT.contains(table.getHitPolicy()) || table.getAggregation() != null) {
            problems.add(new PolicyProblem("hitPolicy", null, null, "Hit policy " + table.getHitPolicy()
                    + " gives the follow-up no single result per step; use UNIQUE, FIRST or ANY"));
        }
        List<String> inputs = new ArrayList<>();
        for (Input input : table.getInputs()) {
            String expression = input.getInputExpression() == null ? "" : text(input.getInputExpression().getText());
            inputs.add(expression);
            if (!ReminderPolicy.INPUTS.contains(expression)) {
                problems.add(new PolicyProblem("input." + input.getId(), null, null, "The input '"
                        + (input.getLabel() == null ? input.getId() : input.getLabel()) + "' reads '" + expression
                        + "'; the follow-up gives the table only " + String.join(", ", ReminderPolicy.INPUTS)));
            }
        }
        List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
        for (String needed : List.of(ReminderPolicy.FEE, ReminderPolicy.DAYS_TO_NEXT_STEP, ReminderPolicy.MANUAL)) {
            if (!outputs.contains(needed)) {
                problems.add(new PolicyProblem("output." + needed, null, null, "The table lacks the output '" + needed
                        + "', which the follow-up reads"));
            }
        }
        int row = 1;
        for (Rule rule : table.getRules()) {
            problems.addAll(valueProblems(row++, rule, outputs));
        }
        return problems;
    }

    /** Every output of a rule a plain value of its kind: a number, a whole number of days, true or false. */
    private static List<PolicyProblem> valueProblems(int row, Rule rule, List<String> outputs) {
        List<PolicyProblem> problems = new ArrayList<>();
        List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
        for (int i = 0; i < entries.size() && i < outputs.size(); i++) {
            String name = outputs.get(i);
            String value = text(entries.get(i).getText());
            boolean ok = switch (name == null ? "" : name) {
                case ReminderPolicy.FEE -> NUMBER.matcher(value).matches() && new BigDecimal(value).signum() >= 0;
                case ReminderPolicy.DAYS_TO_NEXT_STEP -> INTEGER.matcher(value).matches();
                case ReminderPolicy.MANUAL -> value.equals("true") || value.equals("false");
                default -> true;
            };
            if (!ok) {
                String expected = switch (name) {
                    case ReminderPolicy.FEE -> "an amount in NOK, 0 or more (e.g. 35)";
                    case ReminderPolicy.DAYS_TO_NEXT_STEP -> "a whole number of days, 0 or more";
                    default -> "true or false";
                };
                problems.add(PolicyProblem.rule(row, rule.getId(), name, (value.isEmpty() ? "gives no " + name
                        : name + " '" + value + "' is not " + expected) + "; " + name + " must be " + expected));
            }
        }
        return problems;
    }

    /**
     * What the table decides for one step of one case, as the follow-up's business rule task would.
     *
     * @throws EvaluationException when no rule, or more than one under UNIQUE, matches, or an output is missing
     */
    public Match decide(DebtorType customerType, FollowUpStep step, BigDecimal outstanding) {
        String inputs = customerType + ", " + step + ", " + outstanding.toPlainString() + " NOK";
        MATCHED.remove();
        DmnDecisionTableResult result;
        try {
            result = ENGINE.evaluateDecisionTable(decision, ReminderPolicy.inputs(customerType, step, outstanding));
        } catch (RuntimeException e) {
            List<String> named = new ArrayList<>();
            Matcher ids = RULE_ID.matcher(String.valueOf(e.getMessage()));
            while (ids.find()) {
                named.add(ids.group(1));
            }
            throw new EvaluationException("The table gives no single result for " + inputs + ": " + rootMessage(e),
                    named, e);
        }
        List<DmnEvaluatedDecisionRule> matched = MATCHED.get() == null ? List.of() : MATCHED.get();
        MATCHED.remove();
        if (result.isEmpty()) {
            throw new EvaluationException("No rule matches " + inputs + ": the follow-up would stop at that step",
                    List.of(), null);
        }
        String ruleId = matched.isEmpty() ? null : matched.get(0).getId();
        try {
            return new Match(ReminderPolicy.decision(result.getFirstResult(), inputs), rowOf(ruleId), ruleId);
        } catch (IllegalStateException e) {
            throw new EvaluationException(e.getMessage(), ruleId == null ? List.of() : List.of(ruleId), e);
        }
    }

    /**
     * This table with some cells changed, read again as a candidate. Keys {@code cell-<row>-<column>}, rows from 1,
     * columns from 0, inputs first then outputs; a key for no cell is ignored.
     */
    public PolicyTable edited(Map<String, String> cells) {
        DmnModelInstance copy = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        DecisionTable target = (DecisionTable) ((Decision) copy.getModelElementById(ReminderPolicy.DECISION_KEY))
                .getExpression();
        int row = 1;
        for (Rule rule : target.getRules()) {
            List<InputEntry> ins = new ArrayList<>(rule.getInputEntries());
            List<OutputEntry> outs = new ArrayList<>(rule.getOutputEntries());
            for (int column = 0; column < ins.size() + outs.size(); column++) {
                String value = cells.get(cellKey(row, column));
                if (value != null) {
                    ModelElementInstance text = column < ins.size() ? ins.get(column).getText()
                            : outs.get(column - ins.size()).getText();
                    text.setTextContent(value.strip());
                }
            }
            row++;
        }
        return parse(Dmn.convertToString(copy));
    }

    public static String cellKey(int row, int column) {
        return "cell-" + row + "-" + column;
    }

    /** The amounts the table's rules tell apart: each figure in its amount column, with its neighbours. */
    Collection<BigDecimal> amountsToProbe() {
        int column = -1;
        List<Input> inputs = new ArrayList<>(table.getInputs());
        for (int i = 0; i < inputs.size(); i++) {
            if (PaymentFollowUp.OUTSTANDING_AMOUNT.equals(text(inputs.get(i).getInputExpression().getText()))) {
                column = i;
            }
        }
        java.util.TreeSet<BigDecimal> amounts = new java.util.TreeSet<>(List.of(new BigDecimal("0.01"),
                new BigDecimal("1000000.00")));
        for (Row row : rows) {
            if (column < 0 || column >= row.inputs().size()) {
                continue;
            }
            Matcher figures = NUMBER.matcher(row.inputs().get(column));
            while (figures.find()) {
                BigDecimal figure = new BigDecimal(figures.group()).setScale(2, java.math.RoundingMode.HALF_UP);
                for (BigDecimal near : List.of(figure.subtract(new BigDecimal("0.01")), figure,
                        figure.add(new BigDecimal("0.01")))) {
                    if (near.signum() > 0) {
                        amounts.add(near);
                    }
                }
            }
        }
        return amounts;
    }

    public String xml() {
        return xml;
    }

    public String hitPolicy() {
        return table.getHitPolicy().name();
    }

    public List<Column> inputs() {
        return table.getInputs().stream().map(i -> new Column(i.getId(), i.getLabel(),
                i.getInputExpression() == null ? "" : text(i.getInputExpression().getText()),
                i.getInputExpression() == null ? "" : i.getInputExpression().getTypeRef())).toList();
    }

    public List<Column> outputs() {
        return table.getOutputs().stream().map(o -> new Column(o.getId(), o.getLabel(), o.getName(), o.getTypeRef()))
                .toList();
    }

    public List<Row> rows() {
        return rows;
    }

    int rowOf(String ruleId) {
        return rows.stream().filter(r -> r.id().equals(ruleId)).mapToInt(Row::number).findFirst().orElse(0);
    }

    Row row(int number) {
        return rows.get(number - 1);
    }

    private static String text(ModelElementInstance text) {
        if (text == null) {
            return "";
        }
        DomElement dom = text.getDomElement();
        return dom == null || dom.getTextContent() == null ? "" : dom.getTextContent().strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static DmnEngine engine() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.setScriptEngineResolver(language -> {
            throw new IllegalStateException("Scripts (" + language + ") do not run in the reminder policy");
        });
        DmnDecisionTableEvaluationListener capture = event -> MATCHED.set(List.copyOf(event.getMatchingRules()));
        configuration.customPostDecisionTableEvaluationListeners(List.of(capture));
        return configuration.buildEngine();
    }
}
