package no.fakturaflyt.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The deployment check: runs before the engine's own deployers on every new deployment, however it comes (the engine
 * REST API, Cockpit, the Modeler, {@link ModelDeployment}), and refuses the whole deployment when any of its resources
 * does what a model may not do ({@link BpmnModelCheck}, {@link DmnModelCheck}, {@link FormModelCheck}), or is
 * anything but BPMN, DMN or a Camunda Form; then, for a resource that passed, the rules of the module that owns the
 * model ({@link ModelResourceCheck}, e.g. the reminder policy's legal limits). The refusal is a {@link ParseException} naming the resource and each
 * element, which the engine REST API answers with 400. Nothing of a refused deployment is stored, scheduled or run.
 * Deployments already in the database are not checked again when the engine loads them (they were deployed by
 * someone allowed to); what their expressions can reach is still limited by {@link ModelExpressionManager}.
 */
class ModelDeploymentGuard implements Deployer {

    private final BpmnModelCheck bpmn;
    private final DmnModelCheck dmn = new DmnModelCheck();
    private final FormModelCheck forms = new FormModelCheck();
    /** Looked up at each deployment, not at engine start: the modules' checks may need the engine themselves. */
    private final ObjectProvider<ModelResourceCheck> moduleChecks;

    ModelDeploymentGuard(ModelBeans beans, ObjectProvider<ModelResourceCheck> moduleChecks) {
        this.bpmn = new BpmnModelCheck(new ModelExpressionCheck(beans), beans);
        this.moduleChecks = moduleChecks;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Map<String, ResourceEntity> resources = new TreeMap<>(deployment.getResources());
        for (ResourceEntity resource : resources.values()) {
            List<ModelProblem> problems = problems(resource.getName(), resource.getBytes());
            if (!problems.isEmpty()) {
                throw refusal(resource.getName(), " does what a model may not do:", problems);
            }
            problems = moduleProblems(resource.getName(), resource.getBytes());
            if (!problems.isEmpty()) {
                throw refusal(resource.getName(), " breaks the rules of what it models:", problems);
            }
        }
    }

    private List<ModelProblem> moduleProblems(String name, byte[] content) {
        return moduleChecks.orderedStream()
                .flatMap(check -> check.problems(name, content).stream())
                .map(refusal -> new ModelProblem(refusal.message(), 0, 0, refusal.elementId()))
                .toList();
    }

    private static ParseException refusal(String name, String what, List<ModelProblem> problems) {
        StringBuilder message = new StringBuilder("The model ").append(name).append(what);
        problems.forEach(problem -> message.append("\n* ").append(problem.getMessage()));
        return new ParseException(message.toString(), name, new ArrayList<Problem>(problems), List.of());
    }

    List<ModelProblem> problems(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".form")) {
            return forms.problems(content);
        }
        boolean isBpmn = lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml");
        boolean isDmn = lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml");
        if (!isBpmn && !isDmn) {
            return List.of(new ModelProblem("The resource " + name + " is neither a BPMN or DMN model nor a Camunda "
                    + "Form; nothing else may be deployed", 0, 0, null));
        }
        Element root;
        try {
            root = ModelXml.read(name, content);
        } catch (RuntimeException e) {
            return List.of(new ModelProblem("The model " + name + " is no well-formed XML: " + e.getMessage(), 0, 0,
                    null));
        }
        return isBpmn ? bpmn.problems(root) : dmn.problems(root);
    }
}
