package no.fakturaflyt.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a BPMN model may do, read element by element, attribute by attribute: an allowlist of Camunda's extension
 * attributes and elements (those our processes use and their harmless kin: asynchronous continuations, retries, user
 * task assignment, Camunda Forms, call activities and business rule tasks with their mappings, multi-instance,
 * listeners and delegates by bean), every delegate and listener one of {@link ModelBeans}, and every expression
 * anywhere in the model passing {@link ModelExpressionCheck}. Refused: script tasks and scripts anywhere (listeners,
 * input/output mappings, conditions in a script language), Java classes ({@code camunda:class},
 * {@code variableMappingClass}), connectors, external script resources, variable mapping delegates, embedded and
 * generated forms (HTML and JavaScript running in Tasklist, form field validator classes).
 */
final class BpmnModelCheck {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final Set<String> CAMUNDA = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");

    /** camunda:… attributes on BPMN elements. */
    private static final Set<String> CAMUNDA_ATTRIBUTES = Set.of("asyncBefore", "asyncAfter", "async", "exclusive",
            "jobPriority", "taskPriority", "failedJobRetryTimeCycle", "historyTimeToLive", "versionTag",
            "isStartableInTasklist", "candidateStarterGroups", "candidateStarterUsers", "candidateGroups",
            "candidateUsers", "assignee", "dueDate", "followUpDate", "priority", "formRef", "formRefBinding",
            "formRefVersion", "formKey", "delegateExpression", "expression", "resultVariable", "calledElementBinding",
            "calledElementVersion", "calledElementVersionTag", "calledElementTenantId", "decisionRef",
            "decisionRefBinding", "decisionRefVersion", "decisionRefVersionTag", "decisionRefTenantId",
            "mapDecisionResult", "collection", "elementVariable", "initiator", "errorCodeVariable",
            "errorMessageVariable", "escalationCodeVariable", "variableName", "variableEvents", "modelerTemplate",
            "modelerTemplateVersion", "modelerTemplateIcon");
    /** Camunda's extension elements. */
    private static final Set<String> CAMUNDA_ELEMENTS = Set.of("properties", "property", "inputOutput",
            "inputParameter", "outputParameter", "list", "map", "entry", "value", "in", "out", "executionListener",
            "taskListener", "field", "string", "expression", "failedJobRetryTimeCycle", "errorEventDefinition");
    /** The attributes of Camunda's extension elements. */
    private static final Set<String> CAMUNDA_ELEMENT_ATTRIBUTES = Set.of("event", "expression", "delegateExpression",
            "id", "name", "stringValue", "source", "sourceExpression", "target", "businessKey", "variables", "local",
            "key", "value", "errorRef");
    /** BPMN elements that run code of the model's own. */
    private static final Set<String> BPMN_REFUSED = Set.of("scriptTask", "script");
    /** Camunda Forms, deployed with the model or elsewhere; no embedded (HTML/JavaScript) or external forms. */
    private static final String CAMUNDA_FORMS = "camunda-forms:";

    private final ModelExpressionCheck expressions;
    private final ModelBeans beans;

    BpmnModelCheck(ModelExpressionCheck expressions, ModelBeans beans) {
        this.expressions = expressions;
        this.beans = beans;
    }

    List<ModelProblem> problems(Element definitions) {
        List<ModelProblem> problems = new ArrayList<>();
        walk(definitions, null, problems);
        return problems;
    }

    private void walk(Element element, String nearestId, List<ModelProblem> problems) {
        String id = ModelXml.id(element) != null && !isCamunda(element) ? ModelXml.id(element) : nearestId;
        checkElement(element, id, problems);
        for (String key : element.attributes()) {
            checkAttribute(element, id, key, problems);
        }
        String text = element.getText().trim();
        if (ModelExpressionCheck.isExpression(text)) {
            checkExpression(element, id, text, problems);
        }
        for (Element child : element.elements()) {
            walk(child, id, problems);
        }
    }

    private void checkElement(Element element, String id, List<ModelProblem> problems) {
        if (isCamunda(element) && !CAMUNDA_ELEMENTS.contains(element.getTagName())) {
            problems.add(ModelProblem.at(element, id, "uses camunda:" + element.getTagName()
                    + ", which models may not use (" + refusal(element.getTagName()) + ")"));
        } else if (BPMN.equals(element.getUri()) && BPMN_REFUSED.contains(element.getTagName())) {
            problems.add(ModelProblem.at(element, id, "is a script, which models may not run; a step of a process is "
                    + "a service task on one of our delegates"));
        }
    }

    private void checkAttribute(Element element, String id, String key, List<ModelProblem> problems) {
        String name = ModelXml.localName(key);
        String namespace = ModelXml.namespace(key);
        String value = element.attribute(key);
        boolean camundaAttribute = CAMUNDA.contains(namespace) || namespace.isEmpty() && isCamunda(element);
        if (camundaAttribute) {
            Set<String> allowed = isCamunda(element) && namespace.isEmpty() ? CAMUNDA_ELEMENT_ATTRIBUTES
                    : CAMUNDA_ATTRIBUTES;
            if (!allowed.contains(name)) {
                problems.add(ModelProblem.at(element, id, "uses camunda:" + name + "=\"" + shorten(value)
                        + "\", which models may not use (" + refusal(name) + ")"));
                return;
            }
            if ("delegateExpression".equals(name)) {
                checkDelegate(element, id, value, problems);
                return;
            }
            if ("formKey".equals(name) && !value.startsWith(CAMUNDA_FORMS)) {
                problems.add(ModelProblem.at(element, id, "uses the form " + shorten(value) + "; models use Camunda "
                        + "Forms (camunda:formRef), not embedded or external forms that run their own JavaScript"));
                return;
            }
        } else if (namespace.isEmpty() && BPMN.equals(element.getUri()) && "language".equals(name)) {
            problems.add(ModelProblem.at(element, id, "is written in the script language " + shorten(value)
                    + ", which models may not run; a condition is an expression on variables"));
            return;
        }
        if (ModelExpressionCheck.isExpression(value)) {
            checkExpression(element, id, value, problems);
        }
    }

    private void checkDelegate(Element element, String id, String value, List<ModelProblem> problems) {
        ModelBeans.Kind kind = switch (isCamunda(element) ? element.getTagName() : "") {
            case "executionListener" -> ModelBeans.Kind.EXECUTION_LISTENER;
            case "taskListener" -> ModelBeans.Kind.TASK_LISTENER;
            default -> ModelBeans.Kind.DELEGATE;
        };
        String bean = ModelExpressionCheck.beanName(value);
        if (bean == null || !beans.isModelBean(bean, kind)) {
            List<String> ours = beans.kinds().entrySet().stream().filter(entry -> entry.getValue().contains(kind))
                    .map(entry -> entry.getKey()).sorted().toList();
            problems.add(ModelProblem.at(element, id, "delegates to " + shorten(value) + ", which is not one of our "
                    + kind.name().toLowerCase().replace('_', ' ') + "s " + (ours.isEmpty() ? "(there are none)" : ours)));
        }
    }

    private void checkExpression(Element element, String id, String expression, List<ModelProblem> problems) {
        for (String problem : expressions.problems(expression)) {
            problems.add(ModelProblem.at(element, id, "has the expression " + shorten(expression) + " that "
                    + problem));
        }
    }

    private static boolean isCamunda(Element element) {
        return CAMUNDA.contains(element.getUri());
    }

    private static String refusal(String name) {
        return switch (name) {
            case "class", "variableMappingClass" -> "a Java class; models use our delegate beans by "
                    + "camunda:delegateExpression";
            case "script", "resource", "scriptFormat" -> "a script; models may not run scripts";
            case "connector", "connectorId" -> "a connector; models use our delegate beans";
            case "formData", "formField", "formProperty", "formHandlerClass" -> "a generated form; models use Camunda "
                    + "Forms (camunda:formRef)";
            default -> "not among what our processes use";
        };
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
