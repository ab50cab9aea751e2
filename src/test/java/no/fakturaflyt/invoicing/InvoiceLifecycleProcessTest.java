package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.distribution.DeliveryAttempt;
import no.fakturaflyt.distribution.DeliveryLog;
import no.fakturaflyt.distribution.DeliveryStatus;
import no.fakturaflyt.distribution.InvoiceEmailSender;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/invoice-lifecycle.bpmn, driven the way the application drives it: "invoice and send" starts the
 * process, the tests execute its jobs and act as the clerk on the user task.
 */
@FakturaflytTest
class InvoiceLifecycleProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired InvoiceService invoices;
    @Autowired CustomerService customers;
    @Autowired DeliveryLog deliveryLog;
    @Autowired InvoiceEmailSender emailSender;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    private boolean smtpStopped;

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        if (smtpStopped) {
            TestInfrastructure.restartSmtp();
            smtpStopped = false;
        }
        BpmnAwareTests.reset();
    }

    @Test
    void anInvoiceIsPostedRenderedAndEmailedAndTheProcessEnds() throws Exception {
        Customer customer = data.business("lykkelig@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "1000.00"), 2);

        ProcessInstance process = send(draft);
        assertThat(process).isStarted().isWaitingAt("Task_PostInvoice");
        assertThat(process).hasNotPassed("Task_PostInvoice");
        assertThat(invoices.get(draft.getId()).getStatus()).isEqualTo(InvoiceStatus.APPROVED);

        jobs.executeAll();

        Invoice posted = invoices.get(draft.getId());
        assertThat(posted.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(process).hasPassedInOrder("StartEvent_InvoiceApproved", "Task_PostInvoice", "Task_RenderInvoicePdf",
                "Gateway_ReadyToSend", "Task_SendInvoiceByEmail", "Gateway_InvoiceDelivered",
                "Event_PaymentFollowUpPlaceholder", "EndEvent_InvoiceSent");
        assertThat(process).hasNotPassed("UserTask_DeliverManually", "Task_RecordManualDelivery");
        assertThat(process).isEnded();

        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult();
        assertThat(history.getBusinessKey()).isEqualTo("invoice-" + posted.getInvoiceNumber());
        assertThat(historicVariable(process, InvoiceLifecycle.INVOICE_NUMBER))
                .isEqualTo(String.valueOf(posted.getInvoiceNumber()));
        assertThat(historicVariable(process, InvoiceLifecycle.RECIPIENT_EMAIL)).isEqualTo("lykkelig@kunde.example");

        List<MimeMessage> mails = mailsTo("lykkelig@kunde.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(String.valueOf(posted.getInvoiceNumber()));
        assertThat(attempts(posted, DeliveryStatus.SENT)).hasSize(1);
    }

    @Test
    void aClerkCorrectsTheAddressOfACustomerWithoutEmailAndTheInvoiceIsSentAgain() throws Exception {
        Customer customer = data.business(null);
        Invoice draft = data.draft(customer, data.product("3", "500.00"), 1);
        ProcessInstance process = send(draft);

        jobs.executeAll();

        assertThat(process).hasPassed("Task_PostInvoice", "Task_RenderInvoicePdf", "BoundaryEvent_RecipientUnreachable")
                .isWaitingAt(InvoiceLifecycle.TASK_DELIVER_MANUALLY);
        Task task = BpmnAwareTests.task(process);
        assertThat(task).hasDefinitionKey(InvoiceLifecycle.TASK_DELIVER_MANUALLY).hasCandidateGroup("clerks")
                .isNotAssigned();
        String reason = (String) runtimeService.getVariable(process.getId(),
                InvoiceLifecycle.DELIVERY_FAILURE_REASON);
        assertThat(reason).contains(customer.getName()).contains(String.valueOf(customer.getCustomerNumber()))
                .contains("no invoice e-mail");
        assertThat(TestInfrastructure.greenMail().getReceivedMessages()).isEmpty();
        Invoice posted = invoices.get(draft.getId());
        assertThat(posted.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(attempts(posted, DeliveryStatus.UNREACHABLE)).hasSize(1);

        taskService.claim(task.getId(), "clerk");
        taskService.complete(task.getId(), Map.of(
                InvoiceLifecycle.RECIPIENT_EMAIL, "new@x.example",
                InvoiceLifecycle.MANUAL_DELIVERY_DECISION, InvoiceLifecycle.DECISION_RETRY,
                InvoiceLifecycle.MANUAL_DELIVERY_COMMENT, "Ringte kunden, ny adresse"));

        // the correction is kept on the customer, so the next invoice goes there at once
        assertThat(customers.get(customer.getId()).getInvoiceEmail()).isEqualTo("new@x.example");
        assertThat(process).isWaitingAt("Task_SendInvoiceByEmail");

        jobs.executeAll();

        assertThat(process).hasPassed("Gateway_ManualDeliveryDecision", "Gateway_InvoiceDelivered",
                "Event_PaymentFollowUpPlaceholder", "EndEvent_InvoiceSent")
                .hasNotPassed("Task_RecordManualDelivery").isEnded();
        // back through Gateway_ReadyToSend: the gateway and the send task ran twice
        assertThat(timesPassed(process, "Gateway_ReadyToSend")).isEqualTo(2);
        assertThat(timesPassed(process, "Task_SendInvoiceByEmail")).isEqualTo(2);

        List<MimeMessage> mails = mailsTo("new@x.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(String.valueOf(posted.getInvoiceNumber()));
        assertThat(TestInfrastructure.greenMail().getReceivedMessages()).hasSize(1);
        assertThat(attempts(posted, DeliveryStatus.SENT)).singleElement()
                .extracting(DeliveryAttempt::getRecipient).isEqualTo("new@x.example");
    }

    @Test
    void aClerkRecordsThatTheInvoiceWasDeliveredByHand() {
        Customer customer = data.person(null, "nb");
        Invoice draft = data.draft(customer, data.product("3", "250.00"), 4);
        ProcessInstance process = send(draft);

        jobs.executeAll();

        assertThat(process).isWaitingAt(InvoiceLifecycle.TASK_DELIVER_MANUALLY);
        Task task = BpmnAwareTests.task(process);
        taskService.claim(task.getId(), "clerk");
        taskService.complete(task.getId(), Map.of(
                InvoiceLifecycle.MANUAL_DELIVERY_DECISION, InvoiceLifecycle.DECISION_DELIVERED,
                InvoiceLifecycle.MANUAL_DELIVERY_COMMENT, "Sendt med post til Gata 3"));

        assertThat(process).hasPassed("UserTask_DeliverManually", "Gateway_ManualDeliveryDecision",
                "Task_RecordManualDelivery", "Gateway_InvoiceDelivered", "Event_PaymentFollowUpPlaceholder",
                "EndEvent_InvoiceSent").isEnded();
        assertThat(timesPassed(process, "Task_SendInvoiceByEmail")).isEqualTo(1);

        Invoice posted = invoices.get(draft.getId());
        List<DeliveryAttempt> manual = attempts(posted, DeliveryStatus.DELIVERED_MANUALLY);
        assertThat(manual).hasSize(1);
        assertThat(manual.get(0).getComment()).isEqualTo("Sendt med post til Gata 3");
        assertThat(manual.get(0).getPerformedBy()).isEqualTo("clerk");
        assertThat(attempts(posted, DeliveryStatus.SENT)).isEmpty();
        assertThat(TestInfrastructure.greenMail().getReceivedMessages()).isEmpty();
        // a manual delivery changes nothing about the customer
        assertThat(customers.get(customer.getId()).getInvoiceEmail()).isNull();
    }

    @Test
    void anSmtpOutageEndsInAnIncidentAndTheInvoiceGoesOutOnceWhenTheServerIsBack() throws Exception {
        Customer customer = data.business("nede@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "800.00"), 1);
        ProcessInstance process = send(draft);

        TestInfrastructure.greenMail().stop();
        smtpStopped = true;
        jobs.executeAllWithRetries();

        Job sendJob = managementService.createJobQuery().processInstanceId(process.getId())
                .activityId("Task_SendInvoiceByEmail").singleResult();
        assertThat(sendJob).isNotNull();
        assertThat(sendJob.getRetries()).isZero();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(process.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_SendInvoiceByEmail");
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getConfiguration()).isEqualTo(sendJob.getId());
        assertThat(process).isWaitingAt("Task_SendInvoiceByEmail").isNotEnded();

        Invoice posted = invoices.get(draft.getId());
        // the outage does not undo the posting: the number, the voucher and the open item stay
        assertThat(posted.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        assertThat(posted.getInvoiceNumber()).isNotNull();
        assertThat(posted.getVoucherId()).isNotNull();
        List<DeliveryAttempt> failed = attempts(posted, DeliveryStatus.FAILED);
        assertThat(failed).hasSize(3);
        assertThat(failed).allSatisfy(attempt -> {
            assertThat(attempt.getRecipient()).isEqualTo("nede@kunde.example");
            assertThat(attempt.getError()).isNotBlank();
        });
        assertThat(attempts(posted, DeliveryStatus.SENT)).isEmpty();

        TestInfrastructure.restartSmtp();
        smtpStopped = false;
        managementService.setJobRetries(sendJob.getId(), 1);
        managementService.executeJob(sendJob.getId());

        assertThat(runtimeService.createIncidentQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(process).hasPassed("Gateway_InvoiceDelivered", "EndEvent_InvoiceSent").isEnded();
        List<MimeMessage> mails = mailsTo("nede@kunde.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(String.valueOf(posted.getInvoiceNumber()));
        assertThat(attempts(posted, DeliveryStatus.SENT)).hasSize(1);
    }

    @Test
    void sendingAnInvoiceThatHasAlreadyGoneOutSendsNothing() throws Exception {
        Customer customer = data.business("en-gang@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "150.00"), 3);
        ProcessInstance process = send(draft);
        jobs.executeAll();
        assertThat(process).isEnded();
        assertThat(mailsTo("en-gang@kunde.example")).hasSize(1);

        // the send step runs again, as after a crash between the SMTP hand-over and the commit
        String recipient = emailSender.send(draft.getId());

        assertThat(recipient).isEqualTo("en-gang@kunde.example");
        assertThat(mailsTo("en-gang@kunde.example")).hasSize(1);
        assertThat(TestInfrastructure.greenMail().getReceivedMessages()).hasSize(1);
        assertThat(attempts(invoices.get(draft.getId()), DeliveryStatus.SENT)).hasSize(1);
    }

    private ProcessInstance send(Invoice draft) {
        Invoice approved = invoices.send(draft.getId(), "clerk");
        assertThat(approved.getProcessInstanceId()).isNotNull();
        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceId(approved.getProcessInstanceId()).singleResult();
        assertThat(process).hasProcessDefinitionKey(InvoiceLifecycle.PROCESS_KEY);
        assertThat(runtimeService.getVariable(process.getId(), InvoiceLifecycle.INVOICE_ID)).isEqualTo(draft.getId());
        return process;
    }

    private Object historicVariable(ProcessInstance process, String name) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(process.getId()).variableName(name).singleResult();
        assertThat(variable).as("variable %s", name).isNotNull();
        return variable.getValue();
    }

    private long timesPassed(ProcessInstance process, String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(activityId).finished().count();
    }

    private List<DeliveryAttempt> attempts(Invoice invoice, DeliveryStatus status) {
        return deliveryLog.attempts(invoice.getId()).stream().filter(a -> a.getStatus() == status).toList();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages())
                .filter(mail -> recipients(mail).contains(address)).toList();
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
