package no.fakturaflyt.distribution;

import static no.fakturaflyt.common.ChannelType.CLOUDPRINT;
import static no.fakturaflyt.common.ChannelType.EMAIL;
import static no.fakturaflyt.distribution.DeliveryStatus.DELIVERED_MANUALLY;
import static no.fakturaflyt.distribution.DeliveryStatus.FAILED;
import static no.fakturaflyt.distribution.DeliveryStatus.REJECTED_LATE;
import static no.fakturaflyt.distribution.DeliveryStatus.SENT;
import static no.fakturaflyt.distribution.DeliveryStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerForm;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import com.fasterxml.jackson.databind.JsonNode;
import no.fakturaflyt.support.TaskForms;
import org.camunda.bpm.engine.FormService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every path of bpmn/invoice-distribution.bpmn, driven like a clerk drives it: "invoice and send" starts the
 * invoice lifecycle, whose call activity starts the distribution run; the tests execute the jobs, move the clock
 * instead of sleeping, act as the clerk on the manual task and report late bounces through the API. They check what
 * a user would check: which e-mails arrived where, the delivery log, the overview, where the process stands.
 *
 * <p>Every customer here has an explicit distribution order, so the tests hold whatever other channels the
 * installation has.
 */
@FakturaflytTest
class InvoiceDistributionProcessTest {

    private static final String PRINTER = "skriver@testfirma.example";
    private static final String DELIVER = "Task_DeliverThroughChannel";
    private static final String MANUAL_TASK = "UserTask_DistributeManually";
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired InvoiceService invoices;
    @Autowired CustomerService customers;
    @Autowired DistributionService distributionService;
    @Autowired DeliveryLog deliveryLog;
    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired no.fakturaflyt.distribution.avtalegiro.AvtaleGiroProperties avtaleGiro;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        // some tests stop the SMTP server; the next test gets a running one whatever happened here
        TestInfrastructure.restartSmtp();
        BpmnAwareTests.reset();
    }

    // --- the first channel that can deliver, delivers ---

    @Test
    void aCustomerWithEmailGetsTheInvoiceByEmailAndCloudPrintIsNeverTried() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "forst-epost@kunde.example",
                List.of(EMAIL, CLOUDPRINT));
        Sent sent = send(customer);

        jobs.executeAll();

        ProcessInstance run = sent.run();
        assertThat(run).hasPassedInOrder("StartEvent_DistributionRequested", "Task_PlanDistributionRun",
                        "Gateway_TryNextChannel", "Gateway_ChannelLeft", DELIVER)
                .hasNotPassed("Task_MoveToNextChannel", "BoundaryEvent_RecipientUnreachable",
                        "BoundaryEvent_ChannelFailed");
        assertThat(run).variables().containsEntry(DistributionRun.CHANNELS, "EMAIL,CLOUDPRINT")
                .containsEntry(DistributionRun.DELIVERED_CHANNEL, "EMAIL");
        // the window is the configured one, counted from the delivery
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), awaitingLateFailure(run).toInstant()))
                .isBetween(Duration.ofDays(2).minusMinutes(1), Duration.ofDays(2));

        List<MimeMessage> mails = mailsTo("forst-epost@kunde.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(sent.number());
        assertThat(pdf(mails.get(0), sent.pdfName())).startsWith("%PDF");
        assertThat(printedCopies(sent)).isEmpty();
        assertThat(sent.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.getChannel()).isEqualTo("EMAIL");
            assertThat(attempt.getStatus()).isEqualTo(SENT);
            assertThat(attempt.getRecipient()).isEqualTo("forst-epost@kunde.example");
            assertThat(attempt.getMessageId()).isNotBlank()
                    .isEqualTo(runtimeService.getVariable(run.getId(), DistributionRun.DELIVERY_REFERENCE))
                    .isEqualTo(mails.get(0).getMessageID());
        });

        // the late-failure window (P2D) has not passed after one day
        jobs.advanceClock(Duration.ofDays(1));
        jobs.executeAll();
        awaitingLateFailure(run);

        jobs.advanceClock(Duration.ofDays(2));
        jobs.executeAll();

        assertThat(run).hasPassedInOrder(DELIVER, "Gateway_AwaitLateFailure", "Event_LateFailureWindowPassed",
                "Gateway_Delivered", "EndEvent_Delivered").hasNotPassed("Event_DeliveryFailedLate", MANUAL_TASK)
                .isEnded();
        assertThat(sent.lifecycle).isEnded();
        assertThat(mailsTo("forst-epost@kunde.example")).hasSize(1);
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getChannel).containsExactly("EMAIL");
    }

    @Test
    void aCustomerWithoutEmailIsSkippedAndTheInvoiceIsPrintedOnTheCompanyPrinter() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, null, List.of(EMAIL, CLOUDPRINT));
        Sent sent = send(customer);

        jobs.executeAll();

        ProcessInstance run = sent.run();
        assertThat(run).hasPassedInOrder(DELIVER, "BoundaryEvent_RecipientUnreachable", "Gateway_ChannelGaveUp",
                        "Task_MoveToNextChannel", "Gateway_TryNextChannel", "Gateway_ChannelLeft", DELIVER)
                .hasNotPassed("BoundaryEvent_ChannelFailed", MANUAL_TASK);
        awaitingLateFailure(run);
        assertThat(timesPassed(run, DELIVER)).isEqualTo(2);
        assertThat(run).variables().containsEntry(DistributionRun.DELIVERED_CHANNEL, "CLOUDPRINT");

        List<DeliveryAttempt> attempts = sent.attempts();
        assertThat(attempts).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EMAIL", SKIPPED), tuple("CLOUDPRINT", SENT));
        assertThat(attempts.get(0).getError()).contains(customer.getName())
                .contains(String.valueOf(customer.getCustomerNumber())).contains("no invoice e-mail");
        assertThat(attempts.get(1).getRecipient()).isEqualTo(PRINTER);

        List<MimeMessage> printed = printedCopies(sent);
        assertThat(printed).hasSize(1);
        MimeMessage print = printed.get(0);
        assertThat(recipients(print)).containsExactly(PRINTER);
        assertThat(print.getSubject()).contains(customer.getName());
        assertThat(text(print)).contains(customer.getName()).contains("Kundeveien 2").contains("5003 Bergen");
        assertThat(pdf(print, sent.pdfName())).startsWith("%PDF");
        assertThat(attempts.get(1).getMessageId()).isEqualTo(print.getMessageID());
    }

    // --- technical failures: retried with backoff, then the next channel, never an incident ---

    @Test
    void aChannelThatKeepsFailingIsTriedThreeTimesAMinuteApartAndThenTheRunMovesOn() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "nede@kunde.example", List.of(EMAIL, CLOUDPRINT));
        Sent sent = send(customer);
        TestInfrastructure.greenMail().stop();

        jobs.executeAll();

        ProcessInstance run = sent.run();
        for (int failedTries = 1; failedTries <= 2; failedTries++) {
            Job retry = deliveryJob(run);
            assertThat(retry.getRetries()).as("retries after %d failed tries", failedTries).isEqualTo(3 - failedTries);
            assertThat(retry.getExceptionMessage()).isNotBlank();
            assertThat(retry.getDuedate()).isAfter(ClockUtil.getCurrentTime());
            assertThat(incidents(sent)).isZero();
            assertThat(run).isWaitingAt(DELIVER).hasNotPassed("BoundaryEvent_ChannelFailed");
            assertThat(sent.attempts()).extracting(DeliveryAttempt::getStatus).hasSize(failedTries)
                    .containsOnly(FAILED);

            jobs.advanceClock(Duration.ofMinutes(2));
            tryDelivery(run);
        }

        // the third failure gave up on e-mail: on to CloudPrint, no incident
        assertThat(incidents(sent)).isZero();
        assertThat(run).hasPassedInOrder(DELIVER, "BoundaryEvent_ChannelFailed", "Gateway_ChannelGaveUp",
                        "Task_MoveToNextChannel").hasNotPassed("BoundaryEvent_RecipientUnreachable")
                .isWaitingAt(DELIVER);
        assertThat(run).variables().containsEntry(DistributionRun.CURRENT_CHANNEL, "CLOUDPRINT");
        assertThat((String) runtimeService.getVariable(run.getId(), DistributionRun.DELIVERY_FAILURE_REASON))
                .startsWith("EMAIL kept failing");
        Job cloudPrint = deliveryJob(run);
        assertThat(cloudPrint.getRetries()).isEqualTo(3);
        assertThat(cloudPrint.getExceptionMessage()).isNull();
        List<DeliveryAttempt> failed = sent.attempts();
        assertThat(failed).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EMAIL", FAILED), tuple("EMAIL", FAILED), tuple("EMAIL", FAILED));
        assertThat(failed).allSatisfy(attempt -> assertThat(attempt.getError()).isNotBlank());

        TestInfrastructure.restartSmtp();
        jobs.executeAll();

        assertThat(printedCopies(sent)).hasSize(1);
        assertThat(mailsTo("nede@kunde.example")).isEmpty();
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .endsWith(tuple("CLOUDPRINT", SENT)).hasSize(4);
        awaitingLateFailure(run);
        assertThat(run).variables().containsEntry(DistributionRun.DELIVERED_CHANNEL, "CLOUDPRINT");
    }

    @Test
    void whenTheOnlyChannelKeepsFailingAClerkGetsTheTaskWithEveryAttempt() {
        Customer customer = data.customer(CustomerType.BUSINESS, "bare-epost@kunde.example", List.of(EMAIL));
        Sent sent = send(customer);
        TestInfrastructure.greenMail().stop();

        jobs.executeAllWithRetries();

        ProcessInstance run = sent.run();
        assertThat(incidents(sent)).isZero();
        assertThat(run).hasPassed("BoundaryEvent_ChannelFailed", "Task_MoveToNextChannel").isWaitingAt(MANUAL_TASK);
        assertThat(sent.lifecycle).isWaitingAt("CallActivity_DistributeInvoice");
        Task task = BpmnAwareTests.task(run);
        assertThat(task).hasDefinitionKey(MANUAL_TASK).hasCandidateGroup("clerks").isNotAssigned();

        // what the form shows the clerk
        Map<String, Object> form = taskService.getVariables(task.getId());
        assertThat(form).containsEntry(InvoiceLifecycle.INVOICE_NUMBER, sent.number())
                .containsEntry(InvoiceLifecycle.CUSTOMER_NAME, customer.getName());
        assertThat((String) form.get(DistributionRun.DELIVERY_FAILURE_REASON)).startsWith("EMAIL kept failing");
        String summary = (String) form.get(DistributionRun.ATTEMPTS_SUMMARY);
        assertThat(summary.lines().toList()).hasSize(3).allSatisfy(line -> assertThat(line).contains("EMAIL FAILED"));
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getStatus).containsExactly(FAILED, FAILED, FAILED);
    }

    @Test
    void whatCustomersAndProvidersWroteIsInertInTheClerksForm() {
        Customer customer = customers.create(new CustomerForm(CustomerType.PERSON, "<img src=x onerror=alert(1)>",
                null, "Gata 3", null, "0150", "Oslo", "NO", "bare-epost@kunde.example", null, "nb", null,
                List.of(EMAIL), false));
        Sent sent = send(customer);
        TestInfrastructure.greenMail().stop();
        jobs.executeAllWithRetries();
        ProcessInstance run = sent.run();
        assertThat(run).isWaitingAt(MANUAL_TASK);
        // a provider's error text, as a channel would report it
        String reason = "EMAIL kept failing: see [link](https://evil.example) <b>now</b>";
        runtimeService.setVariable(run.getId(), DistributionRun.DELIVERY_FAILURE_REASON, reason);
        Task task = BpmnAwareTests.task(run);

        JsonNode form = TaskForms.form(formService, task.getId());
        Map<String, Object> variables = formService.getTaskFormVariables(task.getId());

        List<String> markdown = TaskForms.renderedTexts(form, variables);
        assertThat(markdown).isNotEmpty().allSatisfy(text -> assertThat(text)
                .doesNotContain("<img", "onerror", "](https://evil.example)", "<b>")
                .doesNotContain(customer.getName()));
        assertThat(String.join("\n", markdown)).contains("Invoice " + sent.number() + " could not be delivered");
        // the values are there for the clerk, as plain text in fields that are not markdown and are not submitted
        assertThat(variables).containsEntry(InvoiceLifecycle.CUSTOMER_NAME, customer.getName())
                .containsEntry(DistributionRun.DELIVERY_FAILURE_REASON, reason);
        for (String key : List.of(InvoiceLifecycle.CUSTOMER_NAME, DistributionRun.DELIVERY_FAILURE_REASON,
                DistributionRun.ATTEMPTS_SUMMARY)) {
            JsonNode field = TaskForms.field(form, key);
            assertThat(field.path("type").asText()).as(key).isIn("textfield", "textarea");
            assertThat(field.path("disabled").asBoolean()).as(key + " disabled").isTrue();
        }
    }

    // --- the clerk's task ---

    @Test
    void aClerkRetriesEmailWithACorrectedAddressAndTheInvoiceArrivesThere() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, null, List.of(EMAIL));
        Sent sent = send(customer);
        jobs.executeAll();
        ProcessInstance run = sent.run();
        assertThat(run).hasPassed("BoundaryEvent_RecipientUnreachable").isWaitingAt(MANUAL_TASK);

        Task task = claimManualTask(run);
        taskService.complete(task.getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_RETRY_CHANNEL,
                DistributionRun.RETRY_CHANNEL, "EMAIL",
                DistributionRun.RECIPIENT_EMAIL, "riktig@kunde.example",
                DistributionRun.MANUAL_COMMENT, "Ringte kunden, fikk ny adresse"));

        // the correction is kept on the customer, so the next invoice goes there at once
        assertThat(customers.get(customer.getId()).getInvoiceEmail()).isEqualTo("riktig@kunde.example");
        assertThat(run).hasPassedInOrder(MANUAL_TASK, "Gateway_ManualDecision", "Task_PrepareManualRetry")
                .hasNotPassed("Task_RecordManualDelivery").isWaitingAt(DELIVER);
        assertThat(run).variables().containsEntry(DistributionRun.CHANNELS, "EMAIL");

        jobs.executeAll();

        List<MimeMessage> mails = mailsTo("riktig@kunde.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(sent.number());
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus,
                        DeliveryAttempt::getRecipient)
                .containsExactly(tuple("EMAIL", SKIPPED, null), tuple("EMAIL", SENT, "riktig@kunde.example"));
        awaitingLateFailure(run);

        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();

        assertThat(run).hasPassed("EndEvent_Delivered").isEnded();
        assertThat(sent.lifecycle).isEnded();
        assertThat(historicVariable(sent.lifecycle, InvoiceLifecycle.DELIVERED_CHANNEL)).isEqualTo("EMAIL");
    }

    @Test
    void aClerkRerunsTheWholeRunAfterCorrectingTheCustomersDistributionOrder() throws Exception {
        Customer customer = data.customer(CustomerType.PERSON, null, List.of(EMAIL));
        Sent sent = send(customer);
        jobs.executeAll();
        ProcessInstance run = sent.run();
        assertThat(run).isWaitingAt(MANUAL_TASK);

        // the clerk adds the company printer to the customer's order in the register, then reruns
        Customer registered = customers.get(customer.getId());
        customers.update(customer.getId(),
                edited(registered, registered.getInvoiceEmail(), List.of(EMAIL, CLOUDPRINT)));
        Task task = claimManualTask(run);
        taskService.complete(task.getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_RERUN,
                DistributionRun.MANUAL_COMMENT, "Kunden vil ha papir; utskrift lagt til"));

        assertThat(run).hasPassed("Task_PrepareManualRetry").isWaitingAt(DELIVER);
        assertThat(run).variables().containsEntry(DistributionRun.CHANNELS, "EMAIL,CLOUDPRINT")
                .containsEntry(DistributionRun.CURRENT_CHANNEL, "EMAIL");

        jobs.executeAll();

        // the whole run again from its first channel: e-mail skipped again, then the printer
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EMAIL", SKIPPED), tuple("EMAIL", SKIPPED), tuple("CLOUDPRINT", SENT));
        assertThat(printedCopies(sent)).hasSize(1);
        assertThat(timesPassed(run, "Task_PlanDistributionRun")).isEqualTo(1);
        assertThat(timesPassed(run, MANUAL_TASK)).isEqualTo(1);
        assertThat(timesPassed(run, DELIVER)).isEqualTo(3);
        awaitingLateFailure(run);
        assertThat(run).variables().containsEntry(DistributionRun.DELIVERED_CHANNEL, "CLOUDPRINT");
        assertThat(customers.get(customer.getId()).getInvoiceEmail()).isNull();
    }

    @Test
    void aSecondDecisionDoesNotUndoTheAddressTheClerkCorrectedInTheCustomerRegister() {
        Customer customer = data.customer(CustomerType.BUSINESS, null, List.of(EMAIL));
        Sent sent = send(customer);
        jobs.executeAll();
        ProcessInstance run = sent.run();

        // first decision: retry e-mail to the address the customer gave on the phone
        taskService.complete(claimManualTask(run).getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_RETRY_CHANNEL,
                DistributionRun.RETRY_CHANNEL, "EMAIL",
                DistributionRun.RECIPIENT_EMAIL, "feilstavet@kunde.example",
                DistributionRun.MANUAL_COMMENT, "Adresse oppgitt på telefon"));
        jobs.executeAll();
        assertThat(mailsTo("feilstavet@kunde.example")).hasSize(1);

        // it bounces; no channel is left, so the run comes back to the clerk
        ResponseEntity<Void> bounce = rest.withBasicAuth("clerk", "clerk").postForEntity(
                "/api/distribution/late-failures", Map.of("reference", sent.attempts().get(1).getMessageId(),
                        "reason", "550 mailbox unknown"), Void.class);
        assertThat(bounce.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        assertThat(run).hasPassed("Event_DeliveryFailedLate").isWaitingAt(MANUAL_TASK);

        // the clerk corrects the address in the customer register and reruns, without typing it into the task
        Customer registered = customers.get(customer.getId());
        customers.update(customer.getId(),
                edited(registered, "rettet@kunde.example", registered.getDistributionOrder()));
        taskService.complete(claimManualTask(run).getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_RERUN,
                DistributionRun.MANUAL_COMMENT, "Adressen rettet i kunderegisteret"));
        jobs.executeAll();

        assertThat(customers.get(customer.getId()).getInvoiceEmail()).isEqualTo("rettet@kunde.example");
        assertThat(mailsTo("rettet@kunde.example")).hasSize(1);
        assertThat(mailsTo("feilstavet@kunde.example")).hasSize(1);
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getStatus, DeliveryAttempt::getRecipient)
                .containsExactly(tuple(SKIPPED, null), tuple(REJECTED_LATE, "feilstavet@kunde.example"),
                        tuple(SENT, "rettet@kunde.example"));
        assertThat(timesPassed(run, MANUAL_TASK)).isEqualTo(2);
        awaitingLateFailure(run);
    }

    @Test
    void aClerkRecordsThatTheInvoiceWasDeliveredByHand() {
        Customer customer = data.customer(CustomerType.PERSON, null, List.of(EMAIL));
        Sent sent = send(customer);
        jobs.executeAll();
        ProcessInstance run = sent.run();

        Task task = claimManualTask(run);
        taskService.complete(task.getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_DELIVERED,
                DistributionRun.RECIPIENT_EMAIL, "skal-ikke-lagres@kunde.example",
                DistributionRun.MANUAL_COMMENT, "Levert personlig i resepsjonen"));

        assertThat(run).hasPassedInOrder(MANUAL_TASK, "Gateway_ManualDecision", "Task_RecordManualDelivery",
                        "Gateway_Delivered", "EndEvent_Delivered")
                .hasNotPassed("Task_PrepareManualRetry", "Event_LateFailureWindowPassed").isEnded();
        assertThat(sent.lifecycle).hasPassed("EndEvent_InvoiceSent").isEnded();
        assertThat(historicVariable(run, DistributionRun.DECIDED_BY)).isEqualTo("clerk");

        List<DeliveryAttempt> attempts = sent.attempts();
        assertThat(attempts).extracting(DeliveryAttempt::getStatus).containsExactly(SKIPPED, DELIVERED_MANUALLY);
        DeliveryAttempt manual = attempts.get(1);
        assertThat(manual.getPerformedBy()).isEqualTo("clerk");
        assertThat(manual.getComment()).isEqualTo("Levert personlig i resepsjonen");
        assertThat(manual.getFinishedAt()).isNotNull();
        // delivered by hand: nothing sent, nothing changed on the customer
        assertThat(mailsTo("skal-ikke-lagres@kunde.example")).isEmpty();
        assertThat(printedCopies(sent)).isEmpty();
        assertThat(customers.get(customer.getId()).getInvoiceEmail()).isNull();
    }

    @Test
    void retryingAChannelWithoutChoosingOneIsRefusedAndTheTaskStaysOpen() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, null, List.of(EMAIL));
        Sent sent = send(customer);
        jobs.executeAll();
        ProcessInstance run = sent.run();
        Task task = claimManualTask(run);

        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_RETRY_CHANNEL,
                DistributionRun.RECIPIENT_EMAIL, "halvferdig@kunde.example",
                DistributionRun.MANUAL_COMMENT, "Prøv igjen")))
                .hasStackTraceContaining("Choose the channel to retry");

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
        assertThat(run).isWaitingAt(MANUAL_TASK).hasNotPassed(MANUAL_TASK, "Task_PrepareManualRetry");
        assertThat(runtimeService.getVariable(run.getId(), DistributionRun.MANUAL_DECISION)).isNull();
        assertThat(customers.get(customer.getId()).getInvoiceEmail()).isNull();

        // with a channel, the same task goes through: any channel, also one outside the customer's order
        taskService.complete(task.getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_RETRY_CHANNEL,
                DistributionRun.RETRY_CHANNEL, "CLOUDPRINT",
                DistributionRun.MANUAL_COMMENT, "Skriv ut og send i posten"));
        jobs.executeAll();

        assertThat(printedCopies(sent)).hasSize(1);
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EMAIL", SKIPPED), tuple("CLOUDPRINT", SENT));
    }

    // --- a bounce after "sent" ---

    @Test
    void aLateBounceMovesTheRunOnToTheNextChannel() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "finnes-ikke@kunde.example",
                List.of(EMAIL, CLOUDPRINT));
        Sent sent = send(customer);
        jobs.executeAll();
        ProcessInstance run = sent.run();
        assertThat(mailsTo("finnes-ikke@kunde.example")).hasSize(1);
        String reference = sent.attempts().get(0).getMessageId();

        ResponseEntity<Void> reported = rest.withBasicAuth("clerk", "clerk").postForEntity(
                "/api/distribution/late-failures", Map.of("reference", reference, "reason", "550 mailbox unknown"),
                Void.class);

        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(run).hasPassedInOrder("Gateway_AwaitLateFailure", "Event_DeliveryFailedLate",
                        "Gateway_ChannelGaveUp", "Task_MoveToNextChannel")
                .hasNotPassed("Event_LateFailureWindowPassed").isWaitingAt(DELIVER);
        assertThat(run).variables().containsEntry(DistributionRun.CURRENT_CHANNEL, "CLOUDPRINT")
                .containsEntry(DistributionRun.DELIVERY_FAILURE_REASON, "550 mailbox unknown");
        assertThat(sent.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.getStatus()).isEqualTo(REJECTED_LATE);
            assertThat(attempt.getError()).isEqualTo("550 mailbox unknown");
        });

        jobs.executeAll();

        assertThat(printedCopies(sent)).hasSize(1);
        List<Map<String, Object>> log = deliveries(sent);
        assertThat(log).extracting(a -> a.get("channel"), a -> a.get("status"), a -> a.get("recipient"))
                .containsExactly(tuple("EMAIL", "REJECTED_LATE", "finnes-ikke@kunde.example"),
                        tuple("CLOUDPRINT", "SENT", PRINTER));
        assertThat(log.get(0)).containsEntry("providerReference", reference)
                .containsEntry("error", "550 mailbox unknown");
        awaitingLateFailure(run);
        assertThat(runtimeService.getVariable(run.getId(), DistributionRun.DELIVERY_REFERENCE))
                .isEqualTo(log.get(1).get("providerReference")).isNotEqualTo(reference);

        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();

        assertThat(run).hasPassed("Event_LateFailureWindowPassed", "EndEvent_Delivered").isEnded();
        assertThat(sent.lifecycle).isEnded();
        assertThat(historicVariable(sent.lifecycle, InvoiceLifecycle.DELIVERED_CHANNEL)).isEqualTo("CLOUDPRINT");
        // no second e-mail to the address that bounced
        assertThat(mailsTo("finnes-ikke@kunde.example")).hasSize(1);
    }

    @Test
    void aLateFailureWithAnUnknownReferenceIsA404Problem() {
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/distribution/late-failures", HttpMethod.POST,
                new HttpEntity<>(Map.of("reference", "<ukjent@fakturaflyt>", "reason", "550 mailbox unknown")), JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).containsEntry("status", 404).containsEntry("title", "Not found");
        assertThat((String) response.getBody().get("detail")).contains("<ukjent@fakturaflyt>");
    }

    // --- idempotency ---

    @Test
    void deliveringAgainThroughAChannelThatAlreadyDeliveredSendsNothing() {
        Customer customer = data.customer(CustomerType.BUSINESS, "en-gang@kunde.example", List.of(EMAIL));
        Sent sent = send(customer);
        jobs.executeAll();
        assertThat(mailsTo("en-gang@kunde.example")).hasSize(1);
        DeliveryAttempt first = sent.attempts().get(0);

        // the delivery step runs again, as after a crash between the SMTP hand-over and the commit
        DeliveryReceipt again = distributionService.deliver(sent.invoiceId(), EMAIL);

        assertThat(again.recipient()).isEqualTo("en-gang@kunde.example");
        assertThat(again.providerReference()).isEqualTo(first.getMessageId());
        assertThat(mailsTo("en-gang@kunde.example")).hasSize(1);
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getStatus).containsExactly(SENT);
    }

    // --- the overview of sent documents ---

    @Test
    void theOverviewListsADocumentWaitingForTheClerkUnderNeedsAction() {
        Customer customer = data.customer(CustomerType.BUSINESS, null, List.of(EMAIL));
        Sent sent = send(customer);
        jobs.executeAll();
        assertThat(sent.run()).isWaitingAt(MANUAL_TASK);

        assertThat(overviewEntry("NEEDS_ACTION", sent)).hasValueSatisfying(entry -> {
            assertThat(entry).containsEntry("status", "NEEDS_ACTION").containsEntry("type", "INVOICE")
                    .containsEntry("attempts", 1);
            assertThat(((Number) entry.get("number")).toString()).isEqualTo(sent.number());
        });
        assertThat(overviewEntry("DELIVERED", sent)).isEmpty();
        assertThat(overviewEntry("IN_PROGRESS", sent)).isEmpty();
    }

    @Test
    void theOverviewListsADeliveredDocumentUnderDelivered() {
        Customer customer = data.customer(CustomerType.BUSINESS, "oversikt@kunde.example", List.of(EMAIL));
        Sent sent = send(customer);
        jobs.executeAll();

        assertThat(overviewEntry("DELIVERED", sent)).hasValueSatisfying(entry -> assertThat(entry)
                .containsEntry("status", "DELIVERED").containsEntry("channel", "EMAIL")
                .containsEntry("recipient", "oversikt@kunde.example"));
        assertThat(overviewEntry("IN_PROGRESS", sent)).isEmpty();
        assertThat(overviewEntry("NEEDS_ACTION", sent)).isEmpty();
    }

    @Test
    void theOverviewListsADocumentStillBeingRetriedUnderInProgressUntilItIsDelivered() {
        Customer customer = data.customer(CustomerType.BUSINESS, "venter@kunde.example", List.of(EMAIL));
        Sent sent = send(customer);
        TestInfrastructure.greenMail().stop();
        jobs.executeAll();
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getStatus).containsExactly(FAILED);

        assertThat(overviewEntry("IN_PROGRESS", sent)).hasValueSatisfying(entry -> assertThat(entry)
                .containsEntry("status", "IN_PROGRESS").containsEntry("channel", "EMAIL"));
        assertThat(overviewEntry("DELIVERED", sent)).isEmpty();
        assertThat(overviewEntry("NEEDS_ACTION", sent)).isEmpty();

        TestInfrastructure.restartSmtp();
        jobs.advanceClock(Duration.ofMinutes(2));
        jobs.executeAll();

        assertThat(mailsTo("venter@kunde.example")).hasSize(1);
        assertThat(overviewEntry("DELIVERED", sent)).isPresent();
        assertThat(overviewEntry("IN_PROGRESS", sent)).isEmpty();
    }

    // --- helpers ---

    /** One invoice sent by the clerk: its lifecycle, and the distribution run the lifecycle called. */
    private final class Sent {

        final long draftId;
        final ProcessInstance lifecycle;
        private ProcessInstance run;

        Sent(long draftId, ProcessInstance lifecycle) {
            this.draftId = draftId;
            this.lifecycle = lifecycle;
        }

        long invoiceId() {
            return draftId;
        }

        Invoice invoice() {
            return invoices.get(draftId);
        }

        String number() {
            Long number = invoice().getInvoiceNumber();
            assertThat(number).as("invoice number").isNotNull();
            return String.valueOf(number);
        }

        String pdfName() {
            return "faktura-" + number() + ".pdf";
        }

        ProcessInstance run() {
            if (run == null) {
                run = runtimeService.createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId())
                        .singleResult();
                assertThat(run).as("distribution run called by %s", lifecycle.getId()).isNotNull()
                        .hasProcessDefinitionKey(DistributionRun.PROCESS_KEY)
                        .hasBusinessKey("invoice-" + number());
                assertThat(runtimeService.getVariable(run.getId(), DistributionRun.INVOICE_ID)).isEqualTo(draftId);
            }
            return run;
        }

        List<DeliveryAttempt> attempts() {
            return deliveryLog.attempts(draftId);
        }
    }

    // --- AvtaleGiro: the claim, and who tells the payer ---

    /**
     * A payer whose mandate says N (no notice from the bank): the claim goes to the bank as transaction type 02
     * ("ingen varsling fra bank", AvtaleGiro systemspesifikasjon v3.3 §2.2.2 field 3), so we must notify the payer
     * ourselves, and the run sends the invoice, stamped "trekkes via AvtaleGiro", by e-mail, the next channel of the
     * customer's run. Before, the customer got the claim and no notice at all.
     */
    @Test
    void anAvtaleGiroPayerWithoutBankNoticeGetsATypeZeroTwoClaimAndAnEmailMarkedTrekkesViaAvtaleGiro() throws Exception {
        Customer customer = avtaleGiroCustomer("trekk-uten-varsel@kunde.example", false);
        Sent sent = send(customer);

        jobs.executeAll();

        ProcessInstance run = sent.run();
        assertThat(run).hasPassed(DELIVER).hasNotPassed("Task_MoveToNextChannel", "BoundaryEvent_RecipientUnreachable",
                "BoundaryEvent_ChannelFailed", MANUAL_TASK);
        assertThat(timesPassed(run, DELIVER)).isEqualTo(1);
        assertThat(run).variables().containsEntry(DistributionRun.CHANNELS, "AVTALEGIRO,EMAIL")
                .containsEntry(DistributionRun.DELIVERED_CHANNEL, "AVTALEGIRO");
        awaitingLateFailure(run);

        // the claim: amount item 1 and 2 of transaction type 02
        List<String> claim = claimFile(sent);
        assertThat(claim.get(2)).startsWith("NY210230" + "0000001");
        assertThat(claim.get(3)).startsWith("NY210231" + "0000001");
        assertThat(claim.get(2).substring(49, 74).strip()).isEqualTo(sent.invoice().getKid());

        // the notice: one e-mail, marked in subject, text and on the attached PDF
        List<MimeMessage> mails = mailsTo("trekk-uten-varsel@kunde.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(sent.number()).contains("trekkes via AvtaleGiro");
        assertThat(text(mails.get(0))).contains("trekkes via AvtaleGiro").contains(sent.invoice().getKid());
        String noticePdf = "faktura-" + sent.number() + "-avtalegiro.pdf";
        assertThat(pdfText(mails.get(0), noticePdf)).contains("TREKKES VIA AVTALEGIRO");

        // the invoice itself was delivered once, by AvtaleGiro; the notice is a delivery of its own
        assertThat(deliveryLog.attempts(sent.invoiceId(), null)).extracting(DeliveryAttempt::getChannel,
                DeliveryAttempt::getStatus).containsExactly(tuple("AVTALEGIRO", SENT));
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("AVTALEGIRO", SENT), tuple("EMAIL", SENT));
        assertThat(sent.attempts().get(1).getMessageId()).isEqualTo(mails.get(0).getMessageID());

        // a retried step sends neither the claim nor the notice again
        distributionService.deliver(sent.invoiceId(), ChannelType.AVTALEGIRO);
        assertThat(mailsTo("trekk-uten-varsel@kunde.example")).hasSize(1);
        assertThat(sent.attempts()).hasSize(2);

        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();
        assertThat(run).hasPassed("EndEvent_Delivered").isEnded();
        assertThat(mailsTo("trekk-uten-varsel@kunde.example")).hasSize(1);
    }

    /** A payer whose mandate says J: the bank notifies (transaction type 21) and we send nothing more. */
    @Test
    void anAvtaleGiroPayerWithBankNoticeGetsATypeTwentyOneClaimAndNoEmail() throws Exception {
        Customer customer = avtaleGiroCustomer("trekk-med-varsel@kunde.example", true);
        Sent sent = send(customer);

        jobs.executeAll();

        ProcessInstance run = sent.run();
        assertThat(run).hasPassed(DELIVER).hasNotPassed("Task_MoveToNextChannel", MANUAL_TASK);
        assertThat(run).variables().containsEntry(DistributionRun.DELIVERED_CHANNEL, "AVTALEGIRO");
        List<String> claim = claimFile(sent);
        assertThat(claim.get(2)).startsWith("NY212130" + "0000001");
        assertThat(claim.get(3)).startsWith("NY212131" + "0000001");
        assertThat(sent.attempts()).extracting(DeliveryAttempt::getChannel).containsExactly("AVTALEGIRO");

        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();
        assertThat(run).isEnded();
        assertThat(mailsTo("trekk-med-varsel@kunde.example")).isEmpty();
    }

    /**
     * Without a channel after AvtaleGiro that can reach the payer, a type-02 claim would reach the bank with nobody
     * telling the payer: AvtaleGiro steps aside and the run's next channel delivers the invoice as usual.
     */
    @Test
    void anAvtaleGiroPayerWithoutBankNoticeWhomNoLaterChannelReachesIsNotDrawn() {
        Customer created = data.customer(CustomerType.BUSINESS, null, null);
        Customer customer = customers.update(created.getId(), edited(created, null,
                List.of(ChannelType.AVTALEGIRO, EMAIL, CLOUDPRINT)));
        customers.changeAvtaleGiroMandate(customer.getId(), true, false);
        Sent sent = send(customer);

        jobs.executeAll();

        assertThat(sent.run()).variables().containsEntry(DistributionRun.DELIVERED_CHANNEL, "CLOUDPRINT");
        assertThat(deliveryLog.attempts(sent.invoiceId(), null)).extracting(DeliveryAttempt::getChannel,
                DeliveryAttempt::getStatus).containsExactly(tuple("AVTALEGIRO", SKIPPED), tuple("EMAIL", SKIPPED),
                        tuple("CLOUDPRINT", SENT));
        assertThat(deliveryLog.attempts(sent.invoiceId(), null).get(0).getError())
                .contains("no notice from the bank").contains("type 02");
    }

    private Customer avtaleGiroCustomer(String email, boolean bankNotice) {
        Customer created = data.customer(CustomerType.PERSON, email, null);
        Customer customer = customers.update(created.getId(), edited(created, email,
                List.of(ChannelType.AVTALEGIRO, EMAIL)));
        customers.changeAvtaleGiroMandate(customer.getId(), true, bankNotice);
        return customers.get(customer.getId());
    }

    /** The claim file the run wrote for the invoice (one transmission per invoice, numbered by it). */
    private List<String> claimFile(Sent sent) throws IOException {
        java.nio.file.Path file = avtaleGiro.outbox().resolve(String.format("avtalegiro-claims-%07d.txt",
                sent.invoice().getInvoiceNumber()));
        return java.nio.file.Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    }

    /** The text of an attached PDF, as PDFBox extracts it. */
    private static String pdfText(MimeMessage mail, String fileName) throws MessagingException, IOException {
        Part part = findPart(mail, p -> fileName.equals(p.getFileName()))
                .orElseThrow(() -> new AssertionError("No attachment " + fileName));
        return Mails.pdfText(part.getInputStream().readAllBytes());
    }

    /** "Invoice and send" on a new one-line draft for the customer, as the clerk. */
    private Sent send(Customer customer) {
        Invoice draft = data.draft(customer, data.product("3", "1200.00"), 1);
        Invoice approved = invoices.send(draft.getId(), "clerk");
        ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery()
                .processInstanceId(approved.getProcessInstanceId()).singleResult();
        assertThat(lifecycle).hasProcessDefinitionKey(InvoiceLifecycle.PROCESS_KEY);
        return new Sent(draft.getId(), lifecycle);
    }

    private Task claimManualTask(ProcessInstance run) {
        assertThat(run).isWaitingAt(MANUAL_TASK);
        Task task = BpmnAwareTests.task(run);
        assertThat(task).hasDefinitionKey(MANUAL_TASK).hasCandidateGroup("clerks");
        taskService.claim(task.getId(), "clerk");
        return task;
    }

    /** The customer as the clerk saves it in the register, with another invoice e-mail and distribution order. */
    private static CustomerForm edited(Customer c, String invoiceEmail, List<ChannelType> order) {
        return new CustomerForm(c.getCustomerType(), c.getName(), c.getOrgNumber(), c.getAddressLine1(),
                c.getAddressLine2(), c.getPostalCode(), c.getCity(), c.getCountryCode(), invoiceEmail,
                c.getMobile(), c.getLanguage(), c.getPaymentTermsDays(), order, c.hasAvtaleGiroMandate());
    }

    /**
     * Delivered, and waiting out the late-failure window at the event-based gateway: for a bounce (message
     * DeliveryFailedLate) or for the window's timer.
     *
     * @return when the window passes
     */
    private Date awaitingLateFailure(ProcessInstance run) {
        assertThat(run).isWaitingAt("Gateway_AwaitLateFailure")
                .isWaitingFor(DistributionRun.MESSAGE_DELIVERY_FAILED_LATE);
        Job timer = managementService.createJobQuery().processInstanceId(run.getId()).timers()
                .activityId("Event_LateFailureWindowPassed").singleResult();
        assertThat(timer).as("timer of the late-failure window").isNotNull();
        return timer.getDuedate();
    }

    private Job deliveryJob(ProcessInstance run) {
        Job job = managementService.createJobQuery().processInstanceId(run.getId()).activityId(DELIVER)
                .singleResult();
        assertThat(job).as("job of %s", DELIVER).isNotNull();
        return job;
    }

    /** Runs the delivery job once, as the job executor would when it is due; a failure is left to its retries. */
    private void tryDelivery(ProcessInstance run) {
        try {
            managementService.executeJob(deliveryJob(run).getId());
        } catch (RuntimeException e) {
            // recorded by the engine: fewer retries, the exception on the job
        }
    }

    private long incidents(Sent sent) {
        return runtimeService.createIncidentQuery().processInstanceId(sent.lifecycle.getId()).count()
                + runtimeService.createIncidentQuery().processInstanceId(sent.run().getId()).count();
    }

    private long timesPassed(ProcessInstance process, String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(activityId).finished().count();
    }

    private Object historicVariable(ProcessInstance process, String name) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(process.getId()).variableName(name).singleResult();
        assertThat(variable).as("variable %s", name).isNotNull();
        return variable.getValue();
    }

    private List<Map<String, Object>> deliveries(Sent sent) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth("clerk", "clerk")
                .exchange("/api/invoices/" + sent.invoiceId() + "/deliveries", HttpMethod.GET, null, JSON_LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Optional<Map<String, Object>> overviewEntry(String status, Sent sent) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth("clerk", "clerk")
                .exchange("/api/distribution?status=" + status, HttpMethod.GET, null, JSON_LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream()
                .filter(entry -> ((Number) entry.get("invoiceId")).longValue() == sent.invoiceId()).findFirst();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages())
                .filter(mail -> recipients(mail).contains(address)).toList();
    }

    /** The copies of this invoice sent to the company printer (other tests' invoices go there too). */
    private static List<MimeMessage> printedCopies(Sent sent) {
        String subject = "Print: " + sent.pdfName() + " ";
        return mailsTo(PRINTER).stream().filter(mail -> subject(mail).startsWith(subject)).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attached PDF of that name, as text from its first bytes (a PDF starts with "%PDF"). */
    private static String pdf(MimeMessage mail, String fileName) throws MessagingException, IOException {
        Part part = findPart(mail, p -> fileName.equals(p.getFileName()))
                .orElseThrow(() -> new AssertionError("No attachment " + fileName));
        assertThat(part.isMimeType("application/pdf")).as("content type of %s", fileName).isTrue();
        byte[] content = part.getInputStream().readAllBytes();
        return new String(content, 0, Math.min(content.length, 16), StandardCharsets.ISO_8859_1);
    }

    private static String text(MimeMessage mail) throws MessagingException, IOException {
        Part part = findPart(mail, p -> p.isMimeType("text/plain") && p.getFileName() == null)
                .orElseThrow(() -> new AssertionError("No text part"));
        return (String) part.getContent();
    }

    private interface PartFilter {
        boolean test(Part part) throws MessagingException;
    }

    private static Optional<Part> findPart(Part part, PartFilter filter) throws MessagingException, IOException {
        if (filter.test(part)) {
            return Optional.of(part);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<Part> found = findPart(child, filter);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
