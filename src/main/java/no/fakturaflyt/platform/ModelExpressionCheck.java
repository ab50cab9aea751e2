package no.fakturaflyt.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Reads an expression of a model with the engine's own JUEL parser and says what in it a model may not do. A model's
 * expression reads variables and compares them: literals, variables, operators, properties of a variable (a map
 * entry, a list element), our delegate and listener beans by name ({@link ModelBeans}), the business key of the
 * execution, and two families of method calls the models have always used, both on values of a known type and
 * checked again when they run ({@link ModelElResolver}):
 * <ul>
 * <li>date arithmetic on the engine function {@code dateTime()}: {@code ${dateTime().plusDays(1).toDate()}};</li>
 * <li>the decision result after a business rule task: {@code ${decisionResult.getSingleResult().get('fee')}}.</li>
 * </ul>
 * Any other method call, any function but {@code dateTime()} and {@code now()}, any property of a bean or of the
 * execution beyond its business key and instance id, and any bean that is not one of ours is refused.
 */
final class ModelExpressionCheck {

    static final Set<String> EXECUTION_PROPERTIES = Set.of("processBusinessKey", "processInstanceId");
    static final Set<String> DATE_TIME_METHODS = Set.of("plusYears", "plusMonths", "plusWeeks", "plusDays",
            "plusHours", "plusMinutes", "plusSeconds", "minusYears", "minusMonths", "minusWeeks", "minusDays",
            "minusHours", "minusMinutes", "minusSeconds", "toDate");
    static final Set<String> DECISION_RESULT_METHODS = Set.of("getSingleResult", "getFirstResult");
    static final String DECISION_RESULT = "decisionResult";
    private static final Set<String> FUNCTIONS = Set.of("dateTime", "now");
    /** Names the engine resolves to its own objects before any variable. */
    private static final Set<String> ENGINE_OBJECTS = Set.of("task", "caseExecution", "externalTask", "execution");

    private final ModelBeans beans;

    ModelExpressionCheck(ModelBeans beans) {
        this.beans = beans;
    }

    /** Whether the engine would take this text for an expression (else it is a fixed value). */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** What is wrong with the expression; empty when a model may use it. */
    List<String> problems(String expression) {
        List<String> problems = new ArrayList<>();
        try {
            // the features of the engine's expression factory: method invocations and varargs
            Node root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression)
                    .getRoot();
            check(root, problems);
        } catch (TreeBuilderException e) {
            problems.add("is no valid expression: " + e.getMessage());
        }
        return problems;
    }

    /** The single bean name of {@code ${name}}, or null when the expression is anything else. */
    static String beanName(String expression) {
        try {
            Node root = new Builder().build(expression.trim()).getRoot();
            if (root instanceof AstEval && root.getChild(0) instanceof AstIdentifier identifier) {
                return identifier.getName();
            }
        } catch (TreeBuilderException e) {
            // not a single name
        }
        return null;
    }

    private void check(Node node, List<String> problems) {
        if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
                || node instanceof AstBoolean || node instanceof AstNull) {
            return;
        }
        if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstNested
                || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
                || node instanceof AstParameters) {
            children(node, problems);
        } else if (node instanceof AstIdentifier identifier) {
            checkName(identifier.getName(), problems);
        } else if (node instanceof AstProperty property) {
            checkProperty(property, problems);
        } else if (node instanceof AstMethod method) {
            checkMethod(method, problems);
        } else if (node instanceof AstFunction function) {
            if (!FUNCTIONS.contains(function.getName()) || function.getParamCount() > 0) {
                problems.add("calls the function " + function.getName() + "(), which models may not call");
            }
        } else {
            problems.add("uses " + node + ", which models may not use");
        }
    }

    private void children(Node node, List<String> problems) {
        for (int i = 0; i < node.getCardinality(); i++) {
            check(node.getChild(i), problems);
        }
    }

    private void checkName(String name, List<String> problems) {
        if (ENGINE_OBJECTS.contains(name)) {
            problems.add("uses the engine object '" + name + "'; a model may only read "
                    + String.join(" or ", EXECUTION_PROPERTIES.stream().sorted().map(p -> "execution." + p).toList()));
        } else if (beans.isBean(name) && !beans.isModelBean(name)) {
            problems.add("refers to the bean '" + name + "', which is not one of the delegates and listeners that "
                    + "models may use");
        }
    }

    private void checkProperty(AstProperty property, List<String> problems) {
        Node prefix = property.getChild(0);
        if (prefix instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            if ("execution".equals(name)) {
                if (!(property instanceof AstDot dot && EXECUTION_PROPERTIES.contains(propertyName(dot)))) {
                    problems.add("reads " + describe(property) + " of the execution; a model may only read "
                            + String.join(" or ", EXECUTION_PROPERTIES.stream().sorted().toList()));
                }
            } else if (beans.isModelBean(name)) {
                problems.add("reads " + describe(property) + " of the bean '" + name
                        + "'; a model may only name a bean, not look into it");
            } else {
                checkName(name, problems);
            }
        } else {
            check(prefix, problems);
        }
        if (property instanceof AstBracket) {
            check(property.getChild(1), problems);
        }
    }

    private void checkMethod(AstMethod method, List<String> problems) {
        Node target = method.getChild(0);
        AstParameters parameters = (AstParameters) method.getChild(1);
        if (!(target instanceof AstDot dot)) {
            problems.add("calls a method by a computed name, which models may not do");
            return;
        }
        String name = propertyName(dot);
        Node receiver = dot.getChild(0);
        boolean allowed;
        if (DATE_TIME_METHODS.contains(name)) {
            allowed = isDateTime(receiver) && parameters.getCardinality() == ("toDate".equals(name) ? 0 : 1);
        } else if (DECISION_RESULT_METHODS.contains(name)) {
            allowed = receiver instanceof AstIdentifier identifier && DECISION_RESULT.equals(identifier.getName())
                    && parameters.getCardinality() == 0;
        } else if ("get".equals(name)) {
            allowed = receiver instanceof AstMethod inner && isDecisionResultCall(inner)
                    && parameters.getCardinality() == 1 && parameters.getChild(0) instanceof AstString;
        } else {
            allowed = false;
        }
        if (!allowed) {
            problems.add("calls the method " + name + "(), which models may not call (only date arithmetic on "
                    + "dateTime() and decisionResult.getSingleResult().get('output'))");
            return;
        }
        check(receiver, problems);
        children(parameters, problems);
    }

    /** {@code dateTime()}, or date arithmetic on it. */
    private static boolean isDateTime(Node node) {
        if (node instanceof AstFunction function) {
            return "dateTime".equals(function.getName()) && function.getParamCount() == 0;
        }
        return node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
                && DATE_TIME_METHODS.contains(propertyName(dot)) && !"toDate".equals(propertyName(dot))
                && isDateTime(dot.getChild(0));
    }

    private static boolean isDecisionResultCall(AstMethod method) {
        return method.getChild(0) instanceof AstDot dot && DECISION_RESULT_METHODS.contains(propertyName(dot))
                && dot.getChild(0) instanceof AstIdentifier identifier
                && DECISION_RESULT.equals(identifier.getName());
    }

    /** The name after the dot: JUEL prints an {@link AstDot} as ". name". */
    private static String propertyName(AstDot dot) {
        return dot.toString().substring(2);
    }

    private static String describe(AstProperty property) {
        return property instanceof AstDot dot ? "the property '" + propertyName(dot) + "'" : "an entry";
    }
}
