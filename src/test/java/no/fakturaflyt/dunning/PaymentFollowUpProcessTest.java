package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
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

/**
 * bpmn/payment-follow-up.bpmn through time: the lifecycle starts it at posting, the engine clock moves from day to
 * day, and each step happens on the day the law and the settings say — with the fee the law allows.
 */
@FakturaflytTest
class PaymentFollowUpProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired InvoiceService invoices;
    @Autowired LedgerService ledger;
    @Autowired FollowUpService followUps;
    @Autowired FollowUpActions actions;
    @Autowired FollowUpSettingsService settings;
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

    @Test
    void dueOnTheTwentiethOfDecemberTheBusinessGetsTwoRemindersAtThe2026CapAndANoticeWithoutAThirdFee() {
        Customer customer = time.customer(CustomerType.BUSINESS, "sen@betaler.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2025, 12, 20), customer);
        ProcessInstance process = time.followUpOf(invoice.getId());

        assertThat(process).isWaitingAt("Event_NextStepDue");
        FollowUpCase opened = followUps.caseOf(invoice.getId());
        assertThat(opened.getStage()).isEqualTo(FollowUpStage.OPEN);
        assertThat(opened.getNextStepOn()).as("due + 1 + 3 postal days").isEqualTo(LocalDate.of(2025, 12, 24));

        time.at(LocalDate.of(2025, 12, 23));
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.OPEN);
        time.at(LocalDate.of(2025, 12, 24));
        FollowUpCase listed = followUps.caseOf(invoice.getId());
        assertThat(listed.getStage()).isEqualTo(FollowUpStage.LISTED);
        assertThat(listed.getNextStepOn()).as("14 days after due: the first day a fee is allowed")
                .isEqualTo(LocalDate.of(2026, 1, 3));

        time.at(LocalDate.of(2026, 1, 2));
        assertThat(followUps.stepsOf(invoice.getId())).isEmpty();

        time.at(LocalDate.of(2026, 1, 3));
        StepRecord first = step(invoice, FollowUpStep.REMINDER_1);
        assertThat(first.getSentOn()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(first.getPolicyFee()).isEqualByComparingTo("38.00");
        assertThat(first.getFee()).as("1/20 of the 2026 inkassosats 750, rounded").isEqualByComparingTo("38.00");
        assertThat(first.getFeeReasons()).contains("within the cap of 38.00 kr");
        assertThat(first.getPayBy()).isEqualTo(LocalDate.of(2026, 1, 17));
        assertFeePosted(invoice, first, "38.00");
        assertThat(followUps.caseOf(invoice.getId()).getNextStepOn()).isEqualTo(LocalDate.of(2026, 1, 21));

        time.at(LocalDate.of(2026, 1, 21));
        StepRecord second = step(invoice, FollowUpStep.REMINDER_2);
        assertThat(second.getFee()).as("the first deadline was 14 days and has passed").isEqualByComparingTo("38.00");
        assertThat(second.getPayBy()).isEqualTo(LocalDate.of(2026, 2, 4));

        time.at(LocalDate.of(2026, 2, 8));
        StepRecord notice = step(invoice, FollowUpStep.COLLECTION_NOTICE);
        assertThat(notice.getFee()).as("never a third fee").isEqualByComparingTo("0.00");
        assertThat(notice.getFeeReasons()).contains("at most two fees");
        assertThat(notice.getPayBy()).as("at least 14 days from sending").isAfterOrEqualTo(
                LocalDate.of(2026, 2, 22));
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.COLLECTION_NOTICE);

        BigDecimal fees = ledger.itemsConcerning(invoice.getId()).stream()
                .filter(i -> i.getItemType() == OpenItemType.REMINDER_FEE).map(OpenItem::getOpenAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(fees).isEqualByComparingTo("76.00");
        assertThat(ledger.openAmountOf(invoice.getId())).as("the invoice itself never changes")
                .isEqualByComparingTo("1250.00");

        time.at(notice.getPayBy().plusDays(4));
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.AWAITING_TRANSFER);
        assertThat(process).isWaitingAt("UserTask_ApproveStep");
    }

    @Test
    void withOneReminderTheConsumerPaysOneReminderFeeAndOneNoticeFee() {
        useSettings(1, 14);
        Customer customer = time.customer(CustomerType.PERSON, "en@purring.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2026, 3, 2), customer);
        time.at(LocalDate.of(2026, 3, 6));
        time.at(LocalDate.of(2026, 3, 16));
        StepRecord reminder = step(invoice, FollowUpStep.REMINDER_1);
        assertThat(reminder.getFee()).isEqualByComparingTo("35.00");
        assertThat(followUps.caseOf(invoice.getId()).getNextStep()).isEqualTo("COLLECTION_NOTICE");

        time.at(reminder.getPayBy().plusDays(4));
        StepRecord notice = step(invoice, FollowUpStep.COLLECTION_NOTICE);
        assertThat(notice.getFee()).isEqualByComparingTo("35.00");
        assertThat(notice.getPayBy()).isEqualTo(notice.getSentOn().plusDays(14));
    }

    @Test
    void aReminderBeforeFourteenDaysAfterDueCarriesNoFeeAndSaysWhy() {
        useSettings(2, 7);
        Customer customer = time.customer(CustomerType.PERSON, "tidlig@purring.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2026, 4, 10), customer);
        time.at(LocalDate.of(2026, 4, 14));
        time.at(LocalDate.of(2026, 4, 17));
        StepRecord reminder = step(invoice, FollowUpStep.REMINDER_1);
        assertThat(reminder.getFee()).isEqualByComparingTo("0.00");
        assertThat(reminder.getFeeReasons()).contains("no fee before 14 days after the due date (2026-04-24)");
        assertThat(ledger.itemsConcerning(invoice.getId())).hasSize(1);
    }

    @Test
    void pauseStopsTheTimersFromActingAndResumeGoesOnWithTheTimeTheDebtorHadLeft() {
        Customer customer = time.customer(CustomerType.PERSON, "tvist@kunde.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2026, 5, 4), customer);
        time.at(LocalDate.of(2026, 5, 8));
        assertThat(followUps.caseOf(invoice.getId()).getNextStepOn()).isEqualTo(LocalDate.of(2026, 5, 18));

        time.at(LocalDate.of(2026, 5, 10));
        actions.pause(invoice.getId(), "The customer disputes the delivery", "clerk");
        time.at(LocalDate.of(2026, 5, 25));
        assertThat(followUps.stepsOf(invoice.getId())).as("nothing sent while paused").isEmpty();
        assertThat(time.followUpOf(invoice.getId())).isWaitingAt("Event_FollowUpResumed");

        time.at(LocalDate.of(2026, 5, 30));
        FollowUpCase resumed = actions.resume(invoice.getId(), "Delivery confirmed", "clerk");
        assertThat(resumed.getNextStepOn()).as("8 days were left on 10 May; paused 20 days")
                .isEqualTo(LocalDate.of(2026, 6, 7));
        jobs.executeAll();
        assertThat(followUps.stepsOf(invoice.getId())).isEmpty();
        time.at(LocalDate.of(2026, 6, 7));
        assertThat(step(invoice, FollowUpStep.REMINDER_1).getSentOn()).isEqualTo(LocalDate.of(2026, 6, 7));
    }

    @Test
    void aPauseBeforeTheTimerFiresMovesTheTimerItself() {
        Customer customer = time.customer(CustomerType.PERSON, "tidlig-pause@kunde.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2026, 5, 4), customer);
        time.at(LocalDate.of(2026, 5, 8));
        time.at(LocalDate.of(2026, 5, 10));
        actions.pause(invoice.getId(), "Payment plan agreed", "clerk");
        time.at(LocalDate.of(2026, 5, 12));
        actions.resume(invoice.getId(), "Payment plan broken", "clerk");
        time.at(LocalDate.of(2026, 5, 19));
        assertThat(followUps.stepsOf(invoice.getId())).as("due on 18 May + 2 days paused").isEmpty();
        time.at(LocalDate.of(2026, 5, 20));
        assertThat(step(invoice, FollowUpStep.REMINDER_1).getSentOn()).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void movingOnEarlyIsAllowedOnlyWhereTheLawAllowsIt() {
        Customer customer = time.customer(CustomerType.PERSON, "utalmodig@kunde.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2026, 6, 1), customer);
        assertThatThrownBy(() -> actions.advance(invoice.getId(), "clerk"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not overdue before 2026-06-02");

        time.at(LocalDate.of(2026, 6, 3));
        actions.advance(invoice.getId(), "clerk");
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.LISTED);
        actions.advance(invoice.getId(), "clerk");
        jobs.executeAll();
        StepRecord early = step(invoice, FollowUpStep.REMINDER_1);
        assertThat(early.getSentOn()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(early.getFee()).as("no fee before 14 days after due").isEqualByComparingTo("0.00");
    }

    @Test
    void movingOnWhileTheLetterWaitsForLateBouncesSaysWhatItWaitsForAndUntilWhen() {
        Customer customer = time.customer(CustomerType.PERSON, "venter@kunde.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2026, 6, 1), customer);
        time.at(LocalDate.of(2026, 6, 5));
        time.at(LocalDate.of(2026, 6, 15));
        StepRecord reminder = step(invoice, FollowUpStep.REMINDER_1);
        assertThat(reminder.getSentOn()).isEqualTo(LocalDate.of(2026, 6, 15));

        assertThatThrownBy(() -> actions.advance(invoice.getId(), "clerk"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("The first reminder was delivered through EMAIL")
                .hasMessageContaining("waits until 2026-06-17")
                .hasMessageContaining("late-failure window PT48H")
                .hasMessageNotContaining("try again in a moment");
    }

    @Test
    void aWrittenOffInvoiceIsBookedAsALossAndNeverTransferred() {
        Customer customer = time.customer(CustomerType.BUSINESS, "konkurs@kunde.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2026, 2, 2), customer);
        time.at(LocalDate.of(2026, 2, 6));
        time.at(LocalDate.of(2026, 2, 16));
        assertThat(step(invoice, FollowUpStep.REMINDER_1).getFee()).isEqualByComparingTo("38.00");

        FollowUpCase written = actions.writeOff(invoice.getId(), "Konkurs; no dividend expected", "clerk");
        assertThat(written.getStage()).isEqualTo(FollowUpStage.WRITTEN_OFF);
        assertThat(time.followUpOf(invoice.getId())).isNull();
        assertThat(ledger.itemsConcerning(invoice.getId())).allSatisfy(
                item -> assertThat(item.getOpenAmount()).isEqualByComparingTo("0.00"));
        Voucher loss = ledger.voucherFor(FollowUpActions.WRITE_OFF_SOURCE, written.getId()).orElseThrow();
        assertThat(loss.getLines()).anySatisfy(line -> {
            assertThat(line.getAccountNumber()).isEqualTo(7830);
            assertThat(line.getDebit()).isEqualByComparingTo("1288.00");
        });
        time.at(LocalDate.of(2026, 6, 1));
        assertThat(followUps.stepsOf(invoice.getId())).extracting(StepRecord::getStep)
                .containsExactly(FollowUpStep.REMINDER_1);
        assertThatThrownBy(() -> actions.writeOff(invoice.getId(), "again", "clerk"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCreditNoteCoveringTheRestEndsTheFollowUp() {
        Customer customer = time.customer(CustomerType.BUSINESS, "kreditert@kunde.example");
        Invoice invoice = time.invoiceDue(LocalDate.of(2026, 2, 2), customer);
        time.at(LocalDate.of(2026, 2, 6));
        Invoice credit = invoices.createCreditNote(invoice.getId(), List.of(), "Returned", "clerk");
        invoices.send(credit.getId(), "clerk");
        jobs.executeAll();
        assertThat(time.followUpOf(invoice.getId())).isNull();
        assertThat(followUps.caseOf(invoice.getId()).getStage()).isEqualTo(FollowUpStage.CREDITED);
        time.at(LocalDate.of(2026, 3, 1));
        assertThat(followUps.stepsOf(invoice.getId())).isEmpty();
    }

    @Test
    void aClerkHoldsBackASmallClaimAndTheCaseWaitsForAResume() {
        Customer customer = time.customer(CustomerType.PERSON, "smaabelop@kunde.example");
        Invoice draft = data.draft(customer, data.product("3", "40.00"), 1);
        time.at(LocalDate.of(2026, 1, 5));
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        time.at(LocalDate.of(2026, 1, 23));
        time.at(LocalDate.of(2026, 2, 2));
        Task approval = tasks.createTaskQuery().processInstanceId(time.followUpOf(draft.getId()).getId())
                .singleResult();
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("UserTask_ApproveStep");
        tasks.complete(approval.getId(), Map.of(PaymentFollowUp.STEP_DECISION, "HOLD",
                PaymentFollowUp.STEP_DECISION_COMMENT, "Not worth a reminder"));
        FollowUpCase held = followUps.caseOf(draft.getId());
        assertThat(held.isPaused()).isTrue();
        assertThat(held.getPauseReason()).isEqualTo("Not worth a reminder");
        assertThat(time.followUpOf(draft.getId())).isWaitingAt("Event_FollowUpResumed");
    }

    @Test
    void anInvoiceDatedBackFallsDueAfterTheFullTermsFromTheDayItIsSentAndIsRemindedOnlyAfterThat() {
        Customer customer = time.customer(CustomerType.BUSINESS, "tilbakedatert@kunde.example");
        LocalDate invoiceDate = data.dayAfterEveryPostedInvoice();
        LocalDate sent = invoiceDate.plusDays(47);
        time.at(sent);
        Invoice draft = invoices.createDraft(new no.fakturaflyt.invoicing.DraftForm(customer.getId(), invoiceDate,
                null, null, null, null, List.of(new no.fakturaflyt.invoicing.DraftForm.LineForm(
                        data.product("3", "1000.00").getId(), null, BigDecimal.ONE, null, null, null, null))), "clerk");
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice posted = invoices.get(draft.getId());
        assertThat(posted.getInvoiceDate()).isEqualTo(invoiceDate);
        assertThat(posted.getDueDate()).as("14 days' terms from the day it was sent").isEqualTo(sent.plusDays(14));
        FollowUpCase opened = followUps.caseOf(draft.getId());
        assertThat(opened.getNextStepOn()).as("listed the day after the due date + 3 postal days")
                .isEqualTo(sent.plusDays(14 + 1 + 3));

        time.at(sent.plusDays(14 + 13));
        assertThat(followUps.stepsOf(draft.getId())).as("no reminder with a fee before 14 days after due").isEmpty();
        time.at(sent.plusDays(14 + 14));
        StepRecord reminder = step(draft, FollowUpStep.REMINDER_1);
        assertThat(reminder.getSentOn()).isEqualTo(sent.plusDays(28));
        assertThat(reminder.getFee()).as("14 days after the due date").isEqualByComparingTo("38.00");
    }

    private void useSettings(int reminders, int firstReminderDays) {
        FollowUpSettings current = settings.current();
        settings.update(new FollowUpSettingsForm(current.getPostalDays(), firstReminderDays, reminders,
                current.getTransferApproval(), current.getDocumentStyle(), current.getMinimumAmount(),
                current.getInterestNoteThreshold()), "admin");
    }

    private StepRecord step(Invoice invoice, FollowUpStep step) {
        return followUps.stepsOf(invoice.getId()).stream().filter(s -> s.getStep() == step).findFirst()
                .orElseThrow(() -> new AssertionError("no " + step + " yet; steps: "
                        + followUps.stepsOf(invoice.getId()).stream().map(StepRecord::getStep).toList()
                        + ", case " + followUps.caseOf(invoice.getId()).getStage() + " next "
                        + followUps.caseOf(invoice.getId()).getNextStep() + " on "
                        + followUps.caseOf(invoice.getId()).getNextStepOn()));
    }

    private void assertFeePosted(Invoice invoice, StepRecord step, String amount) {
        Voucher voucher = ledger.voucherFor(ReminderStepService.FEE_SOURCE, step.getId()).orElseThrow();
        assertThat(voucher.getLines()).anySatisfy(line -> {
            assertThat(line.getAccountNumber()).isEqualTo(1500);
            assertThat(line.getDebit()).isEqualByComparingTo(amount);
        }).anySatisfy(line -> {
            assertThat(line.getAccountNumber()).isEqualTo(3900);
            assertThat(line.getCredit()).isEqualByComparingTo(amount);
        });
        assertThat(ledger.itemsConcerning(invoice.getId())).anySatisfy(item -> {
            assertThat(item.getItemType()).isEqualTo(OpenItemType.REMINDER_FEE);
            assertThat(item.getReference()).isEqualTo(step.getStep().name());
            assertThat(item.getOpenAmount()).isEqualByComparingTo(amount);
        });
    }
}
