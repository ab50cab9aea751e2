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

    /** The business fees raised from 38 kr to 70 kr, above the cap in force (38 kr): a policy the law forbids. */
    static String aboveTheCap() {
        return replacing(shipped(), "<text>38</text>", "<text>70</text>");
    }

    /** The shipped table (within the cap), with the small-claim threshold lowered from 100 to 50 NOK. */
    static String lowerFeeThreshold() {
        return replacing(shipped(), "&lt; 100<", "&lt; 50<", "&gt;= 100<", "&gt;= 50<", "[100..1000[", "[50..1000[");
    }

    /** A DMN as the Camunda Modeler sends it to {@code POST /engine-rest/deployment/create}: multipart, by file name. */
    static org.springframework.http.HttpEntity<?> modelerUpload(String deploymentName, String dmn) {
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util
                .LinkedMultiValueMap<>();
        form.add("deployment-name", deploymentName);
        form.add("deployment-source", "Camunda Modeler");
        form.add("reminder-policy.dmn", new org.springframework.core.io.ByteArrayResource(
                dmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "reminder-policy.dmn";
            }
        });
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        return new org.springframework.http.HttpEntity<>(form, headers);
    }
}
