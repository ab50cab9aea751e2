package no.fakturaflyt.dunning;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.fakturaflyt.platform.ModelResourceCheck;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.stereotype.Component;

/**
 * The reminder policy's rules at every door: a DMN resource holding the decision {@value ReminderPolicy#DECISION_KEY}
 * is checked by {@link PolicyValidation} whoever deploys it (engine REST from the Modeler, Cockpit, start-up, the
 * what-if screen), and refused naming each rule and row at fault. Other resources are not this check's concern.
 */
@Component
class ReminderPolicyDeploymentCheck implements ModelResourceCheck {

    private final PolicyValidation validation;

    ReminderPolicyDeploymentCheck(PolicyValidation validation) {
        this.validation = validation;
    }

    @Override
    public List<Refusal> problems(String resourceName, byte[] content) {
        if (!holdsThePolicy(resourceName, content)) {
            return List.of();
        }
        try {
            validation.check(new String(content, StandardCharsets.UTF_8));
            return List.of();
        } catch (PolicyRejectedException e) {
            return e.problems().stream()
                    .map(problem -> new Refusal(problem.ruleId(), problem.row() == null
                            ? "The reminder policy (" + problem.field() + "): " + problem.message()
                            : "The reminder policy, " + problem.message()))
                    .toList();
        }
    }

    private static boolean holdsThePolicy(String resourceName, byte[] content) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".dmn") && !name.endsWith(".dmn11.xml")) {
            return false;
        }
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(content))
                    .getModelElementById(ReminderPolicy.DECISION_KEY) instanceof Decision;
        } catch (RuntimeException e) {
            return false;   // no DMN model: the engine's own parser refuses it, naming why
        }
    }
}
