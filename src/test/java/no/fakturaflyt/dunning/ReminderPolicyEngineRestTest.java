package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.fakturaflyt.support.FakturaflytTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every door, the same rules: a process owner who deploys the reminder policy with the Modeler, through
 * {@code POST /engine-rest/deployment/create}, meets the same check as on the what-if screen. A table asking more
 * than the cap in force is refused with 400 naming the rows, and nothing of it is deployed; a table the law allows
 * becomes the policy's next version.
 */
@FakturaflytTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ReminderPolicyEngineRestTest {

    private static final String DEPLOYMENT = "modeler-reminder-policy";

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repository;

    @AfterEach
    void removeWhatWasDeployed() {
        repository.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true, true, true));
    }

    @Test
    void aPolicyAskingAboveTheCapIsRefusedAtEngineRestNamingTheRowsAndNothingIsDeployed() {
        long deployments = repository.createDeploymentQuery().count();
        long versions = policyVersions();

        ResponseEntity<Map> refused = deployAsOwner(PolicyCandidates.aboveTheCap());

        assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(refused.getBody().get("message")))
                .contains("reminder-policy.dmn")
                .contains("Rule 4 (Rule_Reminder1_Business): asks 70.00 kr")
                .contains("caps the fee at 38.00 kr")
                .contains("Rule 6 (Rule_Reminder2_Business)");
        assertThat(repository.createDeploymentQuery().count()).as("no deployment").isEqualTo(deployments);
        assertThat(policyVersions()).as("no new version of the policy").isEqualTo(versions);
    }

    @Test
    void aPolicyTheLawAllowsDeploysAtEngineRestAsTheNextVersion() {
        long versions = policyVersions();
        String lower = PolicyCandidates.replacing(PolicyCandidates.shipped(), "<text>38</text>", "<text>30</text>");

        ResponseEntity<Map> deployed = deployAsOwner(lower);

        assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(policyVersions()).isEqualTo(versions + 1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(ReminderPolicy.DECISION_KEY)
                .latestVersion().singleResult().getDeploymentId()).isEqualTo(deployed.getBody().get("id"));
    }

    private long policyVersions() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(ReminderPolicy.DECISION_KEY).count();
    }

    private ResponseEntity<Map> deployAsOwner(String dmn) {
        return rest.withBasicAuth("owner", "owner").postForEntity("/engine-rest/deployment/create",
                PolicyCandidates.modelerUpload(DEPLOYMENT, dmn), Map.class);
    }
}
