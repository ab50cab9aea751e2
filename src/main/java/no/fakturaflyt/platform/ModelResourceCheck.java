package no.fakturaflyt.platform;

import java.util.List;

/**
 * A module's own rules for a model it reads, applied by the deployment check ({@link ModelDeploymentGuard}) to every
 * resource of every new deployment, whatever door it comes through (engine REST, Cockpit, the Modeler, start-up, a
 * module's own screen). A module that owns a model (the reminder policy of the payment follow-up, say) declares a
 * bean of this type; the platform knows nothing of the model's meaning. It is asked only once the platform's own
 * checks found nothing a model may not do, so it never evaluates a model that could run code.
 */
public interface ModelResourceCheck {

    /**
     * @param resourceName the resource's name in the deployment, e.g. {@code reminder-policy.dmn}
     * @param content      its bytes
     * @return each reason to refuse the resource, naming the rule or row at fault; empty when it passes or is not a
     *         model this check concerns
     */
    List<Refusal> problems(String resourceName, byte[] content);

    /**
     * One reason to refuse a resource.
     *
     * @param elementId the model element at fault (a rule's id), or null for the resource as a whole
     * @param message   the sentence the deployer reads, naming the rule or row
     */
    record Refusal(String elementId, String message) {
    }
}
