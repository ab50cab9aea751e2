package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.RecordedChange;
import no.fakturaflyt.distribution.DistributionProgress;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.ReductionCause;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.VoucherRequest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clerk does to a case: a note, pause and resume, move on early where the law allows, write off. Each acts on
 * the case and its process together, in one transaction, and is recorded in the invoice's history and (but the note)
 * the system log.
 */
@Service
class FollowUpActions {

    static final String TIMER_ACTIVITY = "Event_NextStepDue";
    static final String APPROVAL_ACTIVITY = "UserTask_ApproveStep";
    static final String WRITE_OFF_SOURCE = "FOLLOW_UP_WRITE_OFF";
    static final int LOSS_ACCOUNT = 7830;

    private final FollowUpService followUps;
    private final FollowUpNoteRepository notes;
    private final StepRecordRepository steps;
    private final FollowUpSettlement settlement;
    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final InvoiceHistory history;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final OsloClock clock;
    private final DistributionProgress distribution;
    private final ApplicationEventPublisher events;

    FollowUpActions(FollowUpService followUps, FollowUpNoteRepository notes, StepRecordRepository steps,
            FollowUpSettlement settlement, InvoiceService invoices, LedgerService ledger, InvoiceHistory history,
            RuntimeService runtime, ManagementService management, TaskService tasks, OsloClock clock,
            DistributionProgress distribution, ApplicationEventPublisher events) {
        this.followUps = followUps;
        this.notes = notes;
        this.steps = steps;
        this.settlement = settlement;
        this.invoices = invoices;
        this.ledger = ledger;
        this.history = history;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.clock = clock;
        this.distribution = distribution;
        this.events = events;
    }

    @Transactional
    public FollowUpNote note(long invoiceId, String text, String user) {
        FollowUpCase followUp = followUps.caseOf(invoiceId);
        FollowUpNote note = notes.save(new FollowUpNote(followUp.getId(), clock.now(), user, text.trim()));
        history.record(invoiceId, "FOLLOW_UP_NOTE", user, null, text.trim());
        return note;
    }

    /** Stops the case's timers from acting (a dispute, a payment plan); a payment still ends it. */
    @Transactional
    public FollowUpCase pause(long invoiceId, String reason, String user) {
        FollowUpCase followUp = followUps.lockCase(invoiceId);
        requireNotTransferred(followUp, "pause");
        followUp.pause(reason.trim(), clock.today(), user);
        runtime.setVariable(followUp.getProcessInstanceId(), PaymentFollowUp.PAUSED, true);
        recordAction(invoiceId, "FOLLOW_UP_PAUSED", RecordedChange.PAUSE, user, reason.trim());
        return followUp;
    }

    /** Goes on where the case stood; the waiting step moves by the days paused. */
    @Transactional
    public FollowUpCase resume(long invoiceId, String reason, String user) {
        FollowUpCase followUp = followUps.lockCase(invoiceId);
        long days = followUp.resume(clock.today());
        String pid = followUp.getProcessInstanceId();
        runtime.setVariable(pid, PaymentFollowUp.PAUSED, false);
        boolean waitingForResume = runtime.createEventSubscriptionQuery().processInstanceId(pid)
                .eventName(PaymentFollowUp.MESSAGE_RESUMED).count() > 0;
        if (waitingForResume) {
            runtime.createMessageCorrelation(PaymentFollowUp.MESSAGE_RESUMED).processInstanceId(pid).correlate();
        } else {
            Job timer = timer(pid);
            if (timer != null && followUp.getNextStepOn() != null) {
                management.setJobDuedate(timer.getId(), FollowUpSchedule.timerDate(followUp.getNextStepOn()));
            }
        }
        recordAction(invoiceId, "FOLLOW_UP_RESUMED", RecordedChange.RESUME, user, reason.trim() + " (paused " + days
                + " days; " + FollowUpService.label(followUp.getNextStep()) + " on " + followUp.getNextStepOn() + ")");
        return followUp;
    }

    /**
     * Moves on to the waiting step now instead of on its day — only where the law allows the step today; otherwise a
     * conflict says why. The step's fee is decided as on any other day (e.g. none before 14 days after due).
     */
    @Transactional
    public FollowUpCase advance(long invoiceId, String user) {
        FollowUpCase followUp = followUps.lockCase(invoiceId);
        followUp.requireOpen("move on");
        requireNotTransferred(followUp, "move on");
        if (followUp.isPaused()) {
            throw new ConflictException("The follow-up is paused (" + followUp.getPauseReason()
                    + "); resume it first", "followUp.pausedRefusal", followUp.getPauseReason());
        }
        String pid = followUp.getProcessInstanceId();
        Job timer = timer(pid);
        if (timer == null) {
            boolean approval = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(APPROVAL_ACTIVITY)
                    .count() > 0;
            if (approval) {
                throw new ConflictException("The step waits for a clerk's approval: complete the task 'Approve"
                        + " follow-up step' in Tasklist", "followUp.awaitingApproval");
            }
            throw new ConflictException(distribution.describeRunCalledBy(pid)
                    .map(run -> "The " + sentStep(followUp) + " " + run
                            + "; the next step can be brought forward after that")
                    .orElse("The " + FollowUpService.label(followUp.getNextStep()) + " is being prepared right now;"
                            + " try again in a moment"), "followUp.stepUnderWay");
        }
        LocalDate today = clock.today();
        Invoice invoice = invoices.get(invoiceId);
        List<String> reasons = new ArrayList<>();
        LocalDate earliest = today;
        if (!today.isAfter(invoice.getDueDate())) {
            reasons.add("invoice " + invoice.getInvoiceNumber() + " is not overdue before " + invoice.getDueDate()
                    .plusDays(1));
            earliest = invoice.getDueDate().plusDays(1);
        }
        if (FollowUpStep.TRANSFER.name().equals(followUp.getNextStep())) {
            var notice = steps.findByCaseIdAndStep(followUp.getId(), FollowUpStep.COLLECTION_NOTICE)
                    .filter(n -> !today.isAfter(n.getPayBy()));
            if (notice.isPresent()) {
                LocalDate payBy = notice.get().getPayBy();
                reasons.add("the collection notice's deadline " + payBy + " has not passed: the claim may go to the "
                        + "agency from " + payBy.plusDays(1) + " (inkassoloven § 9)");
                earliest = payBy.plusDays(1).isAfter(earliest) ? payBy.plusDays(1) : earliest;
            }
        }
        if (!reasons.isEmpty()) {
            throw new ConflictException("Cannot move on to the " + FollowUpService.label(followUp.getNextStep())
                    + " now: " + String.join("; ", reasons), "followUp.notYet", earliest.toString());
        }
        recordAction(invoiceId, "FOLLOW_UP_ADVANCED", RecordedChange.ADVANCE, user, "The "
                + FollowUpService.label(followUp.getNextStep()) + " brought forward from " + followUp.getNextStepOn()
                + " to " + today);
        followUp.plan(followUp.getNextStep(), today);
        management.setJobDuedate(timer.getId(), java.util.Date.from(clock.now()));
        management.executeJob(timer.getId());
        return followUps.caseOf(invoiceId);
    }

    /** The letter a case in its call activity is sending: its stage once the step is prepared. */
    private static String sentStep(FollowUpCase followUp) {
        String stage = followUp.getStage().name();
        boolean isStep = java.util.Arrays.stream(FollowUpStep.values()).anyMatch(step -> step.name().equals(stage));
        return isStep ? FollowUpService.label(stage) : "letter";
    }

    /**
     * Books what is still owed on the invoice and its fees as a loss (debit 7830, credit 1500) and ends the case; a
     * written-off invoice is never transferred. A case already with the agency is the agency's to close.
     */
    @Transactional
    public FollowUpCase writeOff(long invoiceId, String reason, String user) {
        FollowUpCase followUp = followUps.lockCase(invoiceId);
        followUp.requireOpen("write off");
        requireNotTransferred(followUp, "write off");
        bookLoss(followUp, reason, user);
        settlement.settle(invoiceId, "WRITE_OFF");
        return followUps.caseOf(invoiceId);
    }

    /** The agency closed the case without collecting it: what is still owed becomes a loss, and the case closes. */
    @Transactional
    public void writeOffAfterCollection(long invoiceId) {
        FollowUpCase followUp = followUps.lockCase(invoiceId);
        if (followUp.getStage().isClosed()) {
            return;
        }
        boolean owed = ledger.itemsConcerning(invoiceId).stream().anyMatch(i -> i.getOpenAmount().signum() > 0);
        if (owed) {
            bookLoss(followUp, "the collection agency closed the case unpaid", InvoiceHistory.SYSTEM);
        }
        followUps.close(invoiceId, FollowUpStage.WRITTEN_OFF, "the collection agency closed the case unpaid");
    }

    /** The loss booking of a write-off (also used when the agency gives up); returns the amount written off. */
    BigDecimal bookLoss(FollowUpCase followUp, String reason, String user) {
        long invoiceId = followUp.getInvoiceId();
        List<OpenItem> open = ledger.itemsConcerning(invoiceId).stream()
                .filter(item -> item.getOpenAmount().signum() > 0).toList();
        BigDecimal total = open.stream().map(OpenItem::getOpenAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            throw new ConflictException("Nothing is owed on this invoice; there is nothing to write off",
                    "followUp.nothingOwed");
        }
        Invoice invoice = invoices.get(invoiceId);
        String text = "Tap på krav, faktura " + invoice.getInvoiceNumber() + ": " + reason;
        LocalDate today = clock.today();
        ReductionCause cause = new ReductionCause(ReductionKind.WRITE_OFF, today, WRITE_OFF_SOURCE, followUp.getId());
        List<PostingLine> lines = new ArrayList<>();
        lines.add(PostingLine.debit(LOSS_ACCOUNT, total, null, null, text));
        for (OpenItem item : open) {
            lines.add(PostingLine.credit(LedgerService.RECEIVABLES_ACCOUNT, item.getOpenAmount(), null,
                    item.getCustomerId(), text));
            ledger.reduceItem(item.getId(), item.getOpenAmount(), cause);
        }
        ledger.post(new VoucherRequest(today, text, WRITE_OFF_SOURCE, followUp.getId(), user, lines));
        recordAction(invoiceId, "WRITTEN_OFF", RecordedChange.WRITE_OFF, user, Amounts.kr(total)
                + " written off as a loss: " + reason);
        return total;
    }

    private Job timer(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(TIMER_ACTIVITY)
                .timers().singleResult();
    }

    private static void requireNotTransferred(FollowUpCase followUp, String action) {
        if (followUp.getStage() == FollowUpStage.TRANSFERRED) {
            throw new ConflictException("Cannot " + action + " the follow-up: the claim is with the collection agency,"
                    + " which reports how it ends", "followUp.withAgency");
        }
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank", "NotBlank");
        }
        return value;
    }

    /** The invoice's history entry of an action on its case, and the system log's record of it. */
    private void recordAction(long invoiceId, String eventType, String operation, String user, String details) {
        history.record(invoiceId, eventType, user, null, details);
        events.publishEvent(new RecordedChange(user, RecordedChange.FOLLOW_UP_CASE, "invoice "
                + invoices.get(invoiceId).getInvoiceNumber(), operation, null, null, details));
    }
}
