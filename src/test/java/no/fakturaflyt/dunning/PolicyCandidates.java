package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Candidate reminder policies for the tests, made from the shipped bpmn/reminder-policy.dmn by plain edits. */
final class PolicyCandidates {

    private PolicyCandidates() {
    }

    /** Ends the test's follow-ups and removes every policy deployed through the what-if page or API. */
    static void removeDeployed(org.camunda.bpm.engine.RuntimeService runtime,
            org.camunda.bpm.engine.RepositoryService repository) {
        runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over", true, true));
        repository.createDeploymentQuery().deploymentName(PolicyDeployment.DEPLOYMENT_NAME).list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true, true, true));
    }

    static String shipped() {
        try (InputStream in = PolicyCandidates.class.getResourceAsStream("/bpmn/reminder-policy.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each {@code from} must occur in the text; every occurrence is replaced. */
    static String replacing(String text, String... fromTo) {
        String result = text;
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(result).contains(fromTo[i]);
            result = result.replace(fromTo[i], fromTo[i + 1]);
        }
        return result;
    }

    /** The business fees asked within the cap (38 kr), nothing else changed: a policy the law allows. */
    static String withinTheCap() {
        return replacing(shipped(), "<text>70</text>", "<text>38</text>");
    }

    /** As {@link #withinTheCap()}, with the small-claim threshold lowered from 100 to 50 NOK. */
    static String lowerFeeThreshold() {
        return replacing(withinTheCap(), "&lt; 100<", "&lt; 50<", "&gt;= 100<", "&gt;= 50<", "[100..1000[", "[50..1000[");
    }
}
