package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What an auditor reads of one invoice after the engine's history became leaner (issue 17,
 * no.fakturaflyt.platform.AuditorHistoryEventHandler): every step, decision, user and channel is still there, in our
 * invoice history ({@code /api/invoices/{id}/history}) and in the engine's history; only the log of every variable
 * value and the job log's routine entries are gone.
 */
@FakturaflytTest
class AuditorHistoryTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> EVENTS =
            new ParameterizedTypeReference<>() { };

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TestRestTemplate rest;

    @Test
    void anInvoiceSentByAClerkAndRemindedShowsEveryStepDecisionUserAndChannel() {
        FollowUpTestSupport time = new FollowUpTestSupport(data, jobs, invoices, runtime);
        LocalDate due = LocalDate.of(2026, 3, 2);
        Customer customer = time.customer(CustomerType.BUSINESS, "revidert@kunde.example");
        time.at(due.minusDays(14));
        Invoice draft = data.draft(customer, data.product("3", "1000.00"), 1);
        ResponseEntity<String> sent = rest.withBasicAuth("clerk", "clerk")
                .postForEntity("/api/invoices/" + draft.getId() + "/send", null, String.class);
        assertThat(sent.getStatusCode().is2xxSuccessful()).as(sent.getBody()).isTrue();
        jobs.executeAll();
        HistoricProcessInstance followUp = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .variableValueEquals(PaymentFollowUp.INVOICE_ID, draft.getId()).singleResult();
        time.at(due.plusDays(4));
        time.at(due.plusDays(14));
        Invoice invoice = invoices.get(draft.getId());

        // our history, as the auditor reads it: each step with who did it and through which channel
        ResponseEntity<List<Map<String, Object>>> read = rest.withBasicAuth("auditor", "auditor").exchange(
                "/api/invoices/" + invoice.getId() + "/history", HttpMethod.GET, null, EVENTS);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> events = read.getBody();
        assertThat(events).extracting(e -> e.get("type")).contains("APPROVED", "POSTED", "PDF_RENDERED",
                "FOLLOW_UP_OPENED", "DELIVERY_SENT", "FOLLOW_UP_LISTED", "REMINDER_1_PREPARED");
        assertThat(events).filteredOn(e -> "APPROVED".equals(e.get("type"))).extracting(e -> e.get("actor"))
                .containsExactly("clerk");
        assertThat(events).filteredOn(e -> "DELIVERY_SENT".equals(e.get("type"))).extracting(e -> e.get("channel"))
                .as("the invoice and the reminder, each by e-mail").containsExactly("EMAIL", "EMAIL");
        assertThat(events).allSatisfy(e -> assertThat(e.get("actor")).as("who, for %s", e.get("type")).isNotNull());

        // the engine's history: the processes with the user who started them, every step, the decision with its
        // inputs and output, the user operation log
        HistoricProcessInstance lifecycle = history.createHistoricProcessInstanceQuery()
                .processInstanceId(invoice.getProcessInstanceId()).singleResult();
        assertThat(lifecycle.getStartUserId()).isEqualTo("clerk");
        assertThat(history.createUserOperationLogQuery().processInstanceId(lifecycle.getId()).list())
                .extracting(UserOperationLogEntry::getUserId).contains("clerk");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(followUp.getId()).finished()
                .list()).extracting(HistoricActivityInstance::getActivityId)
                .contains("BusinessRuleTask_ApplyReminderPolicy");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(lifecycle.getId()).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains("Task_PostInvoice", "Task_RenderInvoicePdf", "CallActivity_DistributeInvoice");
        HistoricProcessInstance run = history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(lifecycle.getId()).singleResult();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(run.getId()).finished().list())
                .extracting(HistoricActivityInstance::getActivityId).contains("Task_DeliverThroughChannel");
        List<HistoricDecisionInstance> decisions = history.createHistoricDecisionInstanceQuery()
                .processInstanceId(followUp.getId()).includeInputs().includeOutputs().list();
        assertThat(decisions).isNotEmpty();
        assertThat(decisions.get(0).getInputs()).extracting(i -> i.getClauseName()).contains("Follow-up step");
        assertThat(decisions.get(0).getOutputs()).extracting(o -> o.getVariableName()).contains("fee");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(followUp.getId())
                .variableName(PaymentFollowUp.INVOICE_ID).singleResult().getValue()).isEqualTo(invoice.getId());

        // what is no longer written: each variable's every value and the routine job log
        assertThat(history.createHistoricDetailQuery().processInstanceId(followUp.getId()).variableUpdates().count())
                .isZero();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(followUp.getId()).successLog().count())
                .isZero();
    }
}
