package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.distribution.DeliveryAttempt;
import no.fakturaflyt.distribution.DeliveryLog;
import no.fakturaflyt.distribution.DeliveryStatus;
import no.fakturaflyt.distribution.DistributionRun;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/invoice-lifecycle.bpmn, driven the way the application drives it: "invoice and send" starts the process, the
 * tests execute its jobs. The distribution run itself (every channel path, the clerk's task, late failures) is
 * covered by {@code InvoiceDistributionProcessTest}; here only how the lifecycle hands over to it and waits for it.
 */
@FakturaflytTest
class InvoiceLifecycleProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired InvoiceService invoices;
    @Autowired DeliveryLog deliveryLog;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired PaymentService payments;
    @Autowired InvoiceHistory history;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    @Test
    void anInvoiceIsPostedRenderedDistributedAndTheLifecycleEndsOnceTheLateFailureWindowHasPassed() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "lykkelig@kunde.example",
                List.of(ChannelType.EMAIL, ChannelType.CLOUDPRINT));
        Invoice draft = data.draft(customer, data.product("3", "1000.00"), 2);

        ProcessInstance process = send(draft);
        assertThat(process).isStarted().isWaitingAt("Task_PostInvoice").hasNotPassed("Task_PostInvoice");
        assertThat(invoices.get(draft.getId()).getStatus()).isEqualTo(InvoiceStatus.APPROVED);

        jobs.executeAll();

        Invoice posted = invoices.get(draft.getId());
        assertThat(posted.getStatus()).isEqualTo(InvoiceStatus.POSTED);
        String businessKey = "invoice-" + posted.getInvoiceNumber();
        assertThat(process).hasPassedInOrder("StartEvent_InvoiceApproved", "Task_PostInvoice",
                "Event_PaymentFollowUpStarted", "Task_RenderInvoicePdf").isWaitingAt("CallActivity_DistributeInvoice")
                .hasNotPassed("EndEvent_InvoiceSent").isNotEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("payment-follow-up")
                .processInstanceBusinessKey(businessKey).count())
                .as("the payment follow-up starts at posting, under the invoice's business key").isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(process.getId())
                .singleResult().getBusinessKey()).isEqualTo(businessKey);

        // the call activity started the distribution run for the same document under the same business key
        assertThat(process).calledProcessInstance(DistributionRun.PROCESS_KEY).hasBusinessKey(businessKey);
        ProcessInstance distribution = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).singleResult();
        assertThat(distribution).isNotNull().hasProcessDefinitionKey(DistributionRun.PROCESS_KEY)
                .hasBusinessKey(businessKey);
        assertThat(runtimeService.getVariable(distribution.getId(), DistributionRun.INVOICE_ID))
                .isEqualTo(draft.getId());
        assertThat(runtimeService.getVariable(distribution.getId(), InvoiceLifecycle.INVOICE_NUMBER))
                .isEqualTo(String.valueOf(posted.getInvoiceNumber()));
        assertThat(runtimeService.getVariable(distribution.getId(), InvoiceLifecycle.CUSTOMER_NAME))
                .isEqualTo(customer.getName());
        // delivered by e-mail, and now waiting out the late-failure window
        assertThat(distribution).hasPassed("Task_DeliverThroughChannel").isWaitingAt("Gateway_AwaitLateFailure")
                .isWaitingFor(DistributionRun.MESSAGE_DELIVERY_FAILED_LATE);

        List<MimeMessage> mails = mailsTo("lykkelig@kunde.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(String.valueOf(posted.getInvoiceNumber()));
        assertThat(deliveryLog.attempts(posted.getId())).singleElement().satisfies(attempt -> {
            assertThat(attempt.getChannel()).isEqualTo("EMAIL");
            assertThat(attempt.getStatus()).isEqualTo(DeliveryStatus.SENT);
            assertThat(attempt.getRecipient()).isEqualTo("lykkelig@kunde.example");
        });

        // a day later a bounce could still reopen the run: the lifecycle keeps waiting
        jobs.advanceClock(Duration.ofDays(1));
        jobs.executeAll();
        assertThat(process).isWaitingAt("CallActivity_DistributeInvoice");

        jobs.advanceClock(Duration.ofDays(2));
        jobs.executeAll();

        assertThat(distribution).hasPassed("Event_LateFailureWindowPassed", "EndEvent_Delivered").isEnded();
        assertThat(process).hasPassedInOrder("Event_PaymentFollowUpStarted", "Task_RenderInvoicePdf",
                "CallActivity_DistributeInvoice", "EndEvent_InvoiceSent").isEnded();
        assertThat(historicVariable(process, InvoiceLifecycle.DELIVERED_CHANNEL)).isEqualTo("EMAIL");
        assertThat(historicVariable(process, InvoiceLifecycle.INVOICE_NUMBER))
                .isEqualTo(String.valueOf(posted.getInvoiceNumber()));
        // nothing more went out, and CloudPrint, second in the customer's order, was never tried
        assertThat(mailsTo("lykkelig@kunde.example")).hasSize(1);
        assertThat(deliveryLog.attempts(posted.getId())).extracting(DeliveryAttempt::getChannel)
                .containsExactly("EMAIL");
    }

    @Test
    void theLifecycleWaitsForTheClerkAndGoesOnAtOnceAfterAManualDelivery() {
        Customer customer = data.customer(CustomerType.PERSON, null, List.of(ChannelType.EMAIL));
        Invoice draft = data.draft(customer, data.product("3", "250.00"), 4);
        ProcessInstance process = send(draft);

        jobs.executeAll();

        ProcessInstance distribution = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).singleResult();
        assertThat(distribution).isWaitingAt("UserTask_DistributeManually");
        assertThat(process).isWaitingAt("CallActivity_DistributeInvoice");
        Task task = BpmnAwareTests.task(distribution);
        taskService.claim(task.getId(), "clerk");
        taskService.complete(task.getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_DELIVERED,
                DistributionRun.MANUAL_COMMENT, "Sendt med post til Gata 3"));

        // no late-failure window after a delivery by hand
        assertThat(distribution).hasPassed("Task_RecordManualDelivery", "EndEvent_Delivered").isEnded();
        assertThat(process).hasPassed("CallActivity_DistributeInvoice", "EndEvent_InvoiceSent").isEnded();
        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult();
        assertThat(history.getEndTime()).isNotNull();
        assertThat(deliveryLog.attempts(draft.getId())).extracting(DeliveryAttempt::getStatus)
                .containsExactly(DeliveryStatus.SKIPPED, DeliveryStatus.DELIVERED_MANUALLY);
    }

    @Test
    void anInvoicePaidInFullBeforeItsFollowUpStepRanGetsNoFollowUp() {
        Customer customer = data.customer(CustomerType.BUSINESS, "rask@betaler.example", List.of(ChannelType.EMAIL));
        Invoice draft = data.draft(customer, data.product("3", "1000.00"), 1);
        ProcessInstance process = send(draft);

        // the posting job alone: it ends at the follow-up step's own job, so the series lock is not held for it
        var management = processEngine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(process.getId()).singleResult().getId());
        assertThat(process).hasPassed("Task_PostInvoice").isWaitingAt("Event_PaymentFollowUpStarted");
        Invoice posted = invoices.get(draft.getId());
        String businessKey = InvoiceLifecycle.businessKey(posted);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey("payment-follow-up").count()).isZero();

        // the customer pays at once, before the follow-up step's job has run
        payments.register(posted.getId(), new PaymentForm(posted.getTotal(), posted.getInvoiceDate(), "straks"),
                "MANUAL", "straks-" + posted.getId(), "clerk");
        jobs.executeAll();

        assertThat(process).hasPassedInOrder("Event_PaymentFollowUpStarted", "Task_RenderInvoicePdf")
                .isWaitingAt("CallActivity_DistributeInvoice");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey("payment-follow-up").count()).as("no follow-up for a paid invoice").isZero();
        assertThat(history.of(posted.getId())).extracting(InvoiceEvent::getEventType)
                .containsSubsequence("POSTED", "PAYMENT_REGISTERED", "FOLLOW_UP_NOT_NEEDED");
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
