package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A process owner deploys a changed reminder policy: cases already running keep the table of their own deployment,
 * invoices posted afterwards get the new one — nothing changes silently under a running case.
 */
@FakturaflytTest
class PolicyVersionTest {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired InvoiceService invoices;
    @Autowired FollowUpService followUps;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    private Deployment changed;

    @AfterEach
    void removeTheChangedPolicy() {
        if (changed != null) {
            repository.deleteDeployment(changed.getId(), true, true, true);
        }
    }

    @Test
    void aRunningCaseKeepsItsPolicyAndANewCaseGetsTheChangedOne() throws IOException {
        FollowUpTestSupport time = new FollowUpTestSupport(data, jobs, invoices, runtime);
        Customer customer = time.customer(CustomerType.BUSINESS, "versjon@kunde.example");
        Invoice before = time.invoiceDue(LocalDate.of(2026, 3, 2), customer);

        // the process owner lowers the business's first reminder fee from 38 to 20 and deploys bpmn/ again
        changed = deployAllModelsWith("<text>38</text>", "<text>20</text>");

        Invoice after = time.invoiceDue(LocalDate.of(2026, 3, 2), customer);
        time.at(LocalDate.of(2026, 3, 6));
        time.at(LocalDate.of(2026, 3, 16));

        StepRecord old = followUps.stepsOf(before.getId()).get(0);
        assertThat(old.getPolicyFee()).as("the table it started with").isEqualByComparingTo("38.00");
        assertThat(old.getFee()).isEqualByComparingTo("38.00");
        StepRecord fresh = followUps.stepsOf(after.getId()).get(0);
        assertThat(fresh.getPolicyFee()).as("the table deployed before it started").isEqualByComparingTo("20.00");
        assertThat(fresh.getFee()).isEqualByComparingTo("20.00");
    }

    /** Every model of bpmn/ as one new deployment, as ModelDeployment would deploy an edited set. */
    private Deployment deployAllModelsWith(String from, String to) throws IOException {
        DeploymentBuilder builder = repository.createDeployment().name("fakturaflyt-models-test");
        for (String pattern : new String[] {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:bpmn/*.form"}) {
            for (Resource model : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = model.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (model.getFilename().equals("reminder-policy.dmn")) {
                        assertThat(text).contains(from);
                        text = text.replaceFirst(java.util.regex.Pattern.quote(from), to);
                    }
                    builder.addString(model.getFilename(), text);
                }
            }
        }
        return builder.deploy();
    }
}
