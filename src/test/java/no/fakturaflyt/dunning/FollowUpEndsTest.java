package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentReversal;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.Mails;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How a follow-up ends: a payment in any stage ends it at once and nothing is sent afterwards; a partial payment lets
 * it go on with the rest; reminders arrive by e-mail with their fee; the transfer, and what the agency reports.
 */
@FakturaflytTest
class FollowUpEndsTest {

    static final LocalDate DUE = LocalDate.of(2026, 2, 2);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired InvoiceService invoices;
    @Autowired PaymentService payments;
    @Autowired PaymentReversal reversals;
    @Autowired LedgerService ledger;
    @Autowired FollowUpService followUps;
    @Autowired FollowUpActions actions;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    FollowUpTestSupport time;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        time = new FollowUpTestSupport(data, jobs, invoices, runtime);
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    @ParameterizedTest(name = "paid while {0}")
    @ValueSource(strings = {"NOT_YET_DUE", "LISTED", "SENDING_REMINDER_1", "AFTER_REMINDER_1", "AFTER_REMINDER_2",
            "AFTER_NOTICE", "AWAITING_APPROVAL", "PAUSED"})
    void aPaymentInAnyStageEndsTheFollowUpAndNothingIsSentAfterwards(String stage) throws Exception {
        Customer customer = time.customer(CustomerType.BUSINESS, "betaler-" + stage.toLowerCase() + "@kunde.example");
        Invoice invoice = time.invoiceDue(DUE, customer);
        LocalDate payDay = driveTo(stage, invoice);
        int stepsBefore = followUps.stepsOf(invoice.getId()).size();
        int mailsBefore = mailsTo(customer).size();

        payments.register(invoice.getId(), new PaymentForm(new BigDecimal("1250.00"), payDay, "bank"), "MANUAL",
                "pay-" + invoice.getId(), "clerk");

        assertThat(time.followUpOf(invoice.getId())).as("ended at once").isNull();
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.PAID);
        time.at(DUE.plusDays(200));
        assertThat(followUps.stepsOf(invoice.getId())).hasSize(stepsBefore);
        assertThat(mailsTo(customer)).hasSize(mailsBefore);
        assertThat(tasks.createTaskQuery().processVariableValueEquals(PaymentFollowUp.INVOICE_ID, invoice.getId())
                .count()).isZero();
    }

    @Test
    void remindersArriveByEmailWithTheirFeeAndAPartialPaymentLetsTheFollowUpGoOnWithTheRest() throws Exception {
        Customer customer = time.customer(CustomerType.BUSINESS, "delbetaler@kunde.example");
        Invoice invoice = time.invoiceDue(DUE, customer);
        time.at(DUE.plusDays(4));
        time.at(DUE.plusDays(14));
        List<MimeMessage> mails = mailsTo(customer);
        assertThat(mails).hasSize(2);
        MimeMessage reminder = mails.get(1);
        assertThat(reminder.getSubject()).contains("Purring").contains(String.valueOf(invoice.getInvoiceNumber()));
        assertThat(reminder.getContent().toString()).isNotEmpty();
        assertThat(Mails.attachmentNames(reminder)).containsExactly(
                "purring-1-" + invoice.getInvoiceNumber() + ".pdf");
        String pdf = Mails.pdfText(reminder);
        assertThat(pdf).contains("38,00").contains("1 288,00");
        assertThat(pdf).as("the invoice follows the letter, stamped as a copy").contains("KOPI - PURRING")
                .contains("Fakturanr. " + invoice.getInvoiceNumber());
        assertThat(pdf).as("pages numbered across the letter and the copy").contains("Side 1 av 2", "Side 2 av 2")
                .doesNotContain("av 1\n");
        assertThat(pdf).as("the payment block carries IBAN and BIC").contains("IBAN NO71 1234 5678 903", "BIC DNBANOKK");

        time.at(DUE.plusDays(20));
        payments.register(invoice.getId(), new PaymentForm(new BigDecimal("1000.00"), DUE.plusDays(20), "part"),
                "MANUAL", "part-" + invoice.getId(), "clerk");
        assertThat(time.followUpOf(invoice.getId())).as("goes on").isNotNull();

        time.at(DUE.plusDays(32));
        StepRecord second = followUps.stepsOf(invoice.getId()).get(1);
        assertThat(second.getStep()).isEqualTo(FollowUpStep.REMINDER_2);
        assertThat(second.getOutstanding()).as("the rest of the invoice").isEqualByComparingTo("250.00");
        assertThat(Mails.pdfText(mailsTo(customer).get(2))).contains("250,00");
    }

    @Test
    void anApprovedTransferGoesToTheAgencyAndWhatTheAgencyCouldNotCollectIsWrittenOff() {
        Customer customer = time.customer(CustomerType.BUSINESS, "inkasso@kunde.example");
        Invoice invoice = time.invoiceDue(DUE, customer);
        LocalDate day = driveTo("AWAITING_APPROVAL", invoice);
        Task approval = tasks.createTaskQuery().processInstanceId(time.followUpOf(invoice.getId()).getId())
                .singleResult();
        tasks.setAssignee(approval.getId(), "clerk");
        tasks.complete(approval.getId(), Map.of(PaymentFollowUp.STEP_DECISION, "APPROVE"));
        jobs.executeAll();

        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.TRANSFERRED);
        ProcessInstance process = time.followUpOf(invoice.getId());
        assertThat(process).isWaitingAt("Event_CollectionCaseClosed");

        runtime.createMessageCorrelation(PaymentFollowUp.MESSAGE_AGENCY_CLOSED)
                .processInstanceId(process.getId()).correlate();
        jobs.executeAll();
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.WRITTEN_OFF);
        assertThat(ledger.itemsConcerning(invoice.getId())).allSatisfy(
                item -> assertThat(item.getOpenAmount()).isEqualByComparingTo("0.00"));
        assertThat(day).isNotNull();
    }

    @Test
    void aReversedPaymentOpensTheFollowUpAgainWhereItStood() {
        Customer customer = time.customer(CustomerType.BUSINESS, "tilbakefort@kunde.example");
        Invoice invoice = time.invoiceDue(DUE, customer);
        driveTo("AFTER_REMINDER_1", invoice);
        long paymentId = payments.register(invoice.getId(), new PaymentForm(new BigDecimal("1288.00"),
                DUE.plusDays(20), "bank"), "MANUAL", "reversed-" + invoice.getId(), "clerk").getId();
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.PAID);

        reversals.reverse(paymentId, DUE.plusDays(21), "bank reversal", "system");
        jobs.executeAll();

        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("1250.00");
        FollowUpCase reopened = followUps.caseOf(invoice.getId());
        assertThat(reopened.getStage()).isEqualTo(FollowUpStage.REMINDER_1);
        assertThat(reopened.getNextStep()).isEqualTo("REMINDER_2");
        assertThat(reopened.getNextStepOn()).as("today + 1 + 3 postal days").isEqualTo(DUE.plusDays(24));
        time.at(DUE.plusDays(24));
        assertThat(followUps.stepsOf(invoice.getId())).extracting(StepRecord::getStep)
                .containsExactly(FollowUpStep.REMINDER_1, FollowUpStep.REMINDER_2);
    }

    /** Drives the case of a business invoice due {@link #DUE} to {@code stage}; returns the day it stands on. */
    private LocalDate driveTo(String stage, Invoice invoice) {
        switch (stage) {
            case "NOT_YET_DUE":
                return DUE.minusDays(14);
            case "PAUSED":
                time.at(DUE.plusDays(4));
                time.at(DUE.plusDays(10));
                actions.pause(invoice.getId(), "Disputed", "clerk");
                return DUE.plusDays(10);
            default:
                break;
        }
        time.at(DUE.plusDays(4));
        if (stage.equals("LISTED")) {
            return DUE.plusDays(4);
        }
        time.at(DUE.plusDays(14));
        if (stage.equals("SENDING_REMINDER_1")) {
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("invoice-distribution")
                    .variableValueEquals(PaymentFollowUp.INVOICE_ID, invoice.getId()).count())
                    .as("the reminder's run waits for late failures").isEqualTo(1);
            return DUE.plusDays(14);
        }
        time.at(DUE.plusDays(20));
        if (stage.equals("AFTER_REMINDER_1")) {
            return DUE.plusDays(20);
        }
        time.at(DUE.plusDays(32));
        if (stage.equals("AFTER_REMINDER_2")) {
            return DUE.plusDays(32);
        }
        time.at(DUE.plusDays(50));
        LocalDate payBy = followUps.stepsOf(invoice.getId()).get(2).getPayBy();
        if (stage.equals("AFTER_NOTICE")) {
            return DUE.plusDays(50);
        }
        time.at(payBy.plusDays(4));
        assertThat(time.followUpOf(invoice.getId())).isWaitingAt("UserTask_ApproveStep");
        return payBy.plusDays(4);
    }

    private static List<MimeMessage> mailsTo(Customer customer) {
        return Mails.to(customer.getInvoiceEmail());
    }
}
