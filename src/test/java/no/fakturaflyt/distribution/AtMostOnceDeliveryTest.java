package no.fakturaflyt.distribution;

import static no.fakturaflyt.common.ChannelType.EHF;
import static no.fakturaflyt.common.ChannelType.EMAIL;
import static no.fakturaflyt.distribution.DeliveryStatus.SENDING;
import static no.fakturaflyt.distribution.DeliveryStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Sandbox;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, point 9: a document the channel accepted is delivered once. The fault is injected where it happened in
 * the campaign, in the database: a PostgreSQL trigger makes recording SENT fail a given number of times for one
 * invoice after GreenMail or the sandbox access point accepted the document (a sequence counts the tries, since it
 * is not rolled back with the failing transaction). What arrived is counted at GreenMail and at the sandbox's
 * {@code GET /sandbox/peppol/received}, outside the delivery log. (Statuses by name, so that the test also compiles,
 * and fails, on the code before the fix.)
 */
@FakturaflytTest
class AtMostOnceDeliveryTest {

    private static final String MANUAL_TASK = "UserTask_DistributeManually";

    @Autowired Sandbox sandbox;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired InvoiceService invoices;
    @Autowired CustomerService customers;
    @Autowired DeliveryLog log;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        sandbox.call(HttpMethod.DELETE, "/sandbox/faults", null);
        sandbox.call(HttpMethod.DELETE, "/sandbox/received", null);
        jdbc.execute("create table if not exists test_fault_sent (invoice_id bigint primary key, failures int not null)");
        jdbc.execute("create sequence if not exists test_fault_sent_tries");
        jdbc.execute("""
                create or replace function test_fail_recording_sent() returns trigger as $$
                declare allowed_failures int;
                begin
                  select failures into allowed_failures from test_fault_sent where invoice_id = new.invoice_id;
                  if new.status = 'SENT' and allowed_failures is not null
                     and nextval('test_fault_sent_tries') <= allowed_failures then
                    raise exception 'injected: recording SENT of invoice % failed', new.invoice_id;
                  end if;
                  return new;
                end $$ language plpgsql""");
        jdbc.execute("drop trigger if exists test_fail_recording_sent on delivery_attempt");
        jdbc.execute("create trigger test_fail_recording_sent before update on delivery_attempt for each row"
                + " execute function test_fail_recording_sent()");
    }

    @AfterEach
    void tearDown() {
        jdbc.execute("drop trigger if exists test_fail_recording_sent on delivery_attempt");
        jdbc.execute("delete from test_fault_sent");
        sandbox.call(HttpMethod.DELETE, "/sandbox/faults", null);
        BpmnAwareTests.reset();
    }

    @Test
    void whenRecordingSentFailsOnceAfterTheServerAcceptedTheInvoiceIsMailedOnceAndRecordedSent() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "en-gang-selv-om@kunde.example", List.of(EMAIL));
        Invoice draft = data.draft(customer, data.product("3", "1200.00"), 1);
        failRecordingSent(draft.getId(), 1);

        invoices.send(draft.getId(), "clerk");
        jobs.executeAllWithRetries();

        assertThat(mailsTo("en-gang-selv-om@kunde.example")).hasSize(1);
        assertThat(log.attempts(draft.getId())).extracting(DeliveryAttempt::getStatus).containsExactly(SENT);
        assertThat(run(draft.getId())).isWaitingAt("Gateway_AwaitLateFailure");
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
    }

    @Test
    void anEmailLeftSendingIsNotSentAgainButGoesToAClerkWhoResendsItUnderTheSameMessageId() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "uklart@kunde.example", List.of(EMAIL));
        Invoice draft = data.draft(customer, data.product("3", "1200.00"), 1);
        // the node records nothing after GreenMail accepted: as after a crash between the accept and the record
        failRecordingSent(draft.getId(), 2);

        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        assertThat(mailsTo("uklart@kunde.example")).hasSize(1);
        assertThat(log.attempts(draft.getId())).extracting(DeliveryAttempt::getStatus).containsExactly(SENDING);

        // the retry finds the attempt SENDING: e-mail cannot be asked, so it is not sent again
        jobs.executeAllWithRetries();

        assertThat(mailsTo("uklart@kunde.example")).hasSize(1);
        ProcessInstance run = run(draft.getId());
        assertThat(run).hasPassed("BoundaryEvent_DeliveryUnconfirmed").hasNotPassed("Task_MoveToNextChannel")
                .isWaitingAt(MANUAL_TASK);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(run.getId()).count()).isZero();
        assertThat(log.attempts(draft.getId())).extracting(a -> a.getStatus().name()).containsExactly("UNCONFIRMED");
        Task task = BpmnAwareTests.task(run);
        assertThat(task).hasCandidateGroup("clerks");
        assertThat((String) taskService.getVariable(task.getId(), DistributionRun.DELIVERY_FAILURE_REASON))
                .contains("may have been delivered").contains("uklart@kunde.example");

        // the clerk checked with the customer and resends: the same Message-ID, so a receiver can drop a copy
        taskService.claim(task.getId(), "clerk");
        taskService.complete(task.getId(), Map.of(
                DistributionRun.MANUAL_DECISION, DistributionRun.DECISION_RETRY_CHANNEL,
                DistributionRun.RETRY_CHANNEL, "EMAIL",
                DistributionRun.MANUAL_COMMENT, "Kunden fant den ikke, sender igjen"));
        jobs.executeAll();

        List<MimeMessage> mails = mailsTo("uklart@kunde.example");
        assertThat(mails).hasSize(2);
        String expectedId = "<" + UUID.nameUUIDFromBytes(("invoice-" + draft.getId() + "-email-uklart@kunde.example")
                .getBytes(StandardCharsets.UTF_8)) + "@fakturaflyt>";
        assertThat(mails).extracting(MimeMessage::getMessageID).containsOnly(expectedId);
        assertThat(log.attempts(draft.getId())).extracting(a -> a.getStatus().name())
                .containsExactly("UNCONFIRMED", "SENT");
        assertThat(run).isWaitingAt("Gateway_AwaitLateFailure");
    }

    @Test
    void anEhfLeftSendingIsResolvedByAskingTheAccessPointAgainAndIsNeverRecordedFailed() {
        Customer customer = data.business("ehf-uklart@kunde.example");
        customers.update(customer.getId(), TestData.withDistributionOrder(customer, List.of(EHF, EMAIL)));
        sandbox.call(HttpMethod.POST, "/sandbox/peppol/participants", Map.of("participantId", customer.getOrgNumber()));
        Invoice draft = data.draft(customer, data.product("3", "1200.00"), 1);
        failRecordingSent(draft.getId(), 2);

        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        assertThat(sandbox.received("peppol")).hasSize(1);
        assertThat(log.attempts(draft.getId())).extracting(DeliveryAttempt::getStatus).containsExactly(SENDING);

        jobs.executeAllWithRetries();

        // the same Idempotency-Key again: the access point answers with the first receipt and delivers nothing more
        List<Map<String, Object>> received = sandbox.received("peppol");
        assertThat(received).singleElement()
                .satisfies(r -> assertThat(r.get("idempotencyKey")).isEqualTo("invoice-" + draft.getId() + "-ehf"));
        assertThat(log.attempts(draft.getId())).singleElement().satisfies(attempt -> {
            assertThat(attempt.getChannel()).isEqualTo("EHF");
            assertThat(attempt.getStatus()).isEqualTo(SENT);
            assertThat(attempt.getMessageId()).isNotBlank();
        });
        assertThat(mailsTo("ehf-uklart@kunde.example")).isEmpty();
        assertThat(run(draft.getId())).isWaitingAt("Gateway_AwaitLateFailure");
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
    }

    private void failRecordingSent(long invoiceId, int times) {
        jdbc.update("insert into test_fault_sent (invoice_id, failures) values (?, ?)", invoiceId, times);
        jdbc.execute("alter sequence test_fault_sent_tries restart with 1");
    }

    private ProcessInstance run(long invoiceId) {
        ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery()
                .processInstanceId(invoices.get(invoiceId).getProcessInstanceId()).singleResult();
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId()).singleResult();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }



}
