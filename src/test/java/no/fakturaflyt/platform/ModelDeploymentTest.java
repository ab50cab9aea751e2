package no.fakturaflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.support.FakturaflytTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the application deploys from bpmn/ at start, and that a restart with unchanged models deploys nothing. */
@FakturaflytTest
class ModelDeploymentTest {

    @Autowired RepositoryService repositoryService;
    @Autowired ModelDeployment modelDeployment;

    @Test
    void theDeploymentHoldsEveryModelOfBpmnUnderItsFileName() {
        Deployment deployment = deploymentOf(latestDefinition());

        assertThat(deployment.getName()).isEqualTo(ModelDeployment.DEPLOYMENT_NAME);
        assertThat(repositoryService.getDeploymentResources(deployment.getId())).extracting(Resource::getName)
                .containsExactlyInAnyOrder("invoice-lifecycle.bpmn", "invoice-distribution.bpmn", "forms/distribute-manually.form",
                        "reminder-policy.dmn", "payment-follow-up.bpmn", "forms/approve-follow-up-step.form",
                        "payment-matching.bpmn", "forms/match-payment.form", "quote-to-invoice.bpmn",
                        "collective-invoicing.bpmn", "forms/review-and-send-quote.form", "forms/follow-up-quote.form",
                        "forms/confirm-order.form", "forms/register-delivery.form");
    }

    @Test
    void theProcessHistoryIsKeptAtLeastFiveYearsAfterTheEndOfTheFinancialYear() {
        ProcessDefinition definition = latestDefinition();

        // an invoice of 1 January is kept until 5 years after 31 December of its year: almost 6 years
        long sixYears = LocalDate.of(2024, 1, 1).plus(Period.ofYears(6)).toEpochDay()
                - LocalDate.of(2024, 1, 1).toEpochDay();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(2192).isGreaterThanOrEqualTo((int) sixYears);
    }

    @Test
    void aRestartWithUnchangedModelsDeploysNothingNew() {
        ProcessDefinition before = latestDefinition();
        long deployments = repositoryService.createDeploymentQuery().count();

        modelDeployment.afterPropertiesSet();   // what every start does

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        ProcessDefinition after = latestDefinition();
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    private ProcessDefinition latestDefinition() {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(InvoiceLifecycle.PROCESS_KEY).latestVersion().singleResult();
        assertThat(definition).as("the deployed invoice lifecycle").isNotNull();
        return definition;
    }

    private Deployment deploymentOf(ProcessDefinition definition) {
        return repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
    }
}
