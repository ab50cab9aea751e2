package no.fakturaflyt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.distribution.DistributionRun;
import no.fakturaflyt.dunning.PaymentFollowUp;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceStatus;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a clerk may do through engine REST (and so Tasklist): see, claim and complete the tasks of the clerks' group
 * with their forms, and read. Every change of a case outside a task is refused (403) and changes nothing: it goes
 * through our API, where the business rules and the invoice's history are. Our API itself keeps working for the
 * clerk and records the clerk in the engine's history and user-operation log.
 */
@FakturaflytTest
class EngineRestAccessTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;

    private Invoice invoice;
    private ProcessInstance followUp;
    private ProcessInstance distribution;

    /** A clerk sends an invoice to a person without an e-mail address: posted, followed up, waiting for a clerk. */
    @BeforeEach
    void anInvoiceSentByAClerkThroughOurApi() {
        Customer customer = data.customer(CustomerType.PERSON, null, List.of(ChannelType.EMAIL));
        Invoice draft = data.draft(customer, data.product("3", "400.00"), 1);
        ResponseEntity<String> sent = clerk().postForEntity("/api/invoices/" + draft.getId() + "/send", null,
                String.class);
        assertThat(sent.getStatusCode().is2xxSuccessful()).as(sent.getBody()).isTrue();
        jobs.executeAll();
        invoice = invoices.get(draft.getId());
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        followUp = runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .processInstanceBusinessKey(InvoiceLifecycle.businessKey(invoice)).singleResult();
        assertThat(followUp).isNotNull();
        distribution = runtime.createProcessInstanceQuery().processDefinitionKey(DistributionRun.PROCESS_KEY)
                .processInstanceBusinessKey(InvoiceLifecycle.businessKey(invoice)).singleResult();
        assertThat(distribution).isNotNull();
    }

    @Test
    void ourApiRecordsTheClerkInTheEnginesHistoryAndUserOperationLog() {
        String lifecycle = invoice.getProcessInstanceId();

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(lifecycle).singleResult()
                .getStartUserId()).isEqualTo("clerk");
        assertThat(history.createUserOperationLogQuery().processInstanceId(lifecycle).list())
                .extracting(UserOperationLogEntry::getUserId).contains("clerk").doesNotContainNull();
    }

    @Test
    void aClerkWorksTheTaskInTasklistWithItsForm() {
        Task task = tasks.createTaskQuery().processInstanceId(distribution.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_DistributeManually");

        ResponseEntity<List> visible = clerk().exchange("/engine-rest/task?candidateGroup=clerks&processInstanceId="
                + distribution.getId(), HttpMethod.GET, null, List.class);
        assertThat(visible.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(visible.getBody()).hasSize(1);
        assertThat(clerk().getForEntity("/engine-rest/task/" + task.getId() + "/form-variables", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(clerk().getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(clerk().postForEntity("/engine-rest/task/" + task.getId() + "/claim", json(Map.of("userId",
                "clerk")), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> submitted = clerk().postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
                json(Map.of("variables", Map.of(
                        DistributionRun.MANUAL_DECISION, Map.of("value", DistributionRun.DECISION_DELIVERED),
                        DistributionRun.MANUAL_COMMENT, Map.of("value", "Levert i resepsjonen")))), String.class);

        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(distribution.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("clerk");
        assertThat(history.createUserOperationLogQuery().taskId(task.getId()).operationType(
                UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId()).isEqualTo("clerk");
    }

    @Test
    void aClerkCannotMarkAnInvoiceSettledByCorrelatingTheMessage() {
        ResponseEntity<String> correlated = clerk().postForEntity("/engine-rest/message", json(Map.of(
                "messageName", PaymentFollowUp.MESSAGE_SETTLED,
                "businessKey", InvoiceLifecycle.businessKey(invoice),
                "all", true)), String.class);
        ResponseEntity<String> byInstance = clerk().postForEntity("/engine-rest/message", json(Map.of(
                "messageName", PaymentFollowUp.MESSAGE_SETTLED,
                "processInstanceId", followUp.getId())), String.class);

        assertThat(correlated.getStatusCode()).as(correlated.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byInstance.getStatusCode()).as(byInstance.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).singleResult()
                .isEnded()).isFalse();
        assertThat(invoices.get(invoice.getId()).getStatus()).isEqualTo(InvoiceStatus.POSTED);
    }

    @Test
    void aClerkCannotSuspendThePaymentFollowUp() {
        ResponseEntity<String> definition = clerk().exchange("/engine-rest/process-definition/key/"
                + PaymentFollowUp.PROCESS_KEY + "/suspended", HttpMethod.PUT, json(Map.of("suspended", true,
                        "includeProcessInstances", true)), String.class);
        ResponseEntity<String> instances = clerk().exchange("/engine-rest/process-instance/suspended",
                HttpMethod.PUT, json(Map.of("processDefinitionKey", PaymentFollowUp.PROCESS_KEY, "suspended", true)),
                String.class);
        ResponseEntity<String> one = clerk().exchange("/engine-rest/process-instance/" + followUp.getId()
                + "/suspended", HttpMethod.PUT, json(Map.of("suspended", true)), String.class);

        assertThat(List.of(definition, instances, one)).allSatisfy(response ->
                assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .suspended().count()).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .suspended().count()).isZero();
    }

    @Test
    void aClerkCannotStartAProcessOrChangeVariablesJobsOrTheInstance() {
        long lifecycles = runtime.createProcessInstanceQuery().processDefinitionKey(InvoiceLifecycle.PROCESS_KEY)
                .count();
        Object invoiceId = runtime.getVariable(followUp.getId(), PaymentFollowUp.INVOICE_ID);
        String activity = runtime.getActiveActivityIds(followUp.getId()).get(0);
        Job job = management.createJobQuery().processInstanceId(followUp.getId()).list().stream().findFirst()
                .orElseThrow();
        int retries = job.getRetries();

        Map<String, ResponseEntity<String>> attempts = new java.util.LinkedHashMap<>();
        attempts.put("start", clerk().postForEntity("/engine-rest/process-definition/key/"
                + InvoiceLifecycle.PROCESS_KEY + "/start", json(Map.of("variables", Map.of(
                        "invoiceId", Map.of("value", invoice.getId(), "type", "Long")))), String.class));
        attempts.put("set variable", clerk().exchange("/engine-rest/process-instance/" + followUp.getId()
                + "/variables/" + PaymentFollowUp.INVOICE_ID, HttpMethod.PUT, json(Map.of("value", 1, "type",
                        "Long")), String.class));
        attempts.put("modify variables", clerk().postForEntity("/engine-rest/process-instance/" + followUp.getId()
                + "/variables", json(Map.of("modifications", Map.of(PaymentFollowUp.INVOICE_ID, Map.of("value", 1,
                        "type", "Long")))), String.class));
        attempts.put("delete variable", clerk().exchange("/engine-rest/process-instance/" + followUp.getId()
                + "/variables/" + PaymentFollowUp.INVOICE_ID, HttpMethod.DELETE, json(Map.of()), String.class));
        attempts.put("job retries", clerk().exchange("/engine-rest/job/" + job.getId() + "/retries", HttpMethod.PUT,
                json(Map.of("retries", 0)), String.class));
        attempts.put("job retries as a batch", clerk().exchange("/engine-rest/job/retries", HttpMethod.POST,
                json(Map.of("retries", 0, "jobIds", List.of(job.getId()))), String.class));
        attempts.put("modification", clerk().postForEntity("/engine-rest/process-instance/" + followUp.getId()
                + "/modification", json(Map.of("instructions", List.of(Map.of("type", "cancel", "activityId",
                        activity)))), String.class));
        attempts.put("delete", clerk().exchange("/engine-rest/process-instance/" + followUp.getId(),
                HttpMethod.DELETE, json(Map.of()), String.class));
        attempts.put("task variables", clerk().exchange("/engine-rest/task/" + tasks.createTaskQuery()
                .processInstanceId(distribution.getId()).singleResult().getId() + "/variables/"
                + DistributionRun.MANUAL_DECISION, HttpMethod.PUT, json(Map.of("value", "DELIVERED")), String.class));

        assertThat(attempts).allSatisfy((what, response) -> assertThat(response.getStatusCode())
                .as(what + ": " + response.getBody()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InvoiceLifecycle.PROCESS_KEY).count())
                .isEqualTo(lifecycles);
        assertThat(runtime.getVariable(followUp.getId(), PaymentFollowUp.INVOICE_ID)).isEqualTo(invoiceId);
        assertThat(runtime.getActiveActivityIds(followUp.getId())).contains(activity);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(retries);
        assertThat(runtime.getVariable(distribution.getId(), DistributionRun.MANUAL_DECISION)).isNull();
    }

    @Test
    void theAdminKeepsEverything() {
        ResponseEntity<String> suspended = rest.withBasicAuth("admin", "admin").exchange("/engine-rest/process-instance/"
                + followUp.getId() + "/suspended", HttpMethod.PUT, json(Map.of("suspended", true)), String.class);
        try {
            assertThat(suspended.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        } finally {
            runtime.activateProcessInstanceById(followUp.getId());
        }
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
