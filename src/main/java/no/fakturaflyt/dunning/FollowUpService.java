package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of each follow-up case as the process moves it: opened at posting, listed once overdue, checked before
 * every step, closed when nothing is owed. The steps that send something are {@link ReminderStepService}'s.
 */
@Service
public class FollowUpService {

    private final FollowUpCaseRepository cases;
    private final StepRecordRepository steps;
    private final FollowUpNoteRepository notes;
    private final FollowUpSettingsService settings;
    private final InvoiceService invoices;
    private final CustomerService customers;
    private final LedgerService ledger;
    private final InvoiceHistory history;
    private final OsloClock clock;

    FollowUpService(FollowUpCaseRepository cases, StepRecordRepository steps, FollowUpNoteRepository notes,
            FollowUpSettingsService settings, InvoiceService invoices, CustomerService customers,
            LedgerService ledger, InvoiceHistory history, OsloClock clock) {
        this.cases = cases;
        this.steps = steps;
        this.notes = notes;
        this.settings = settings;
        this.invoices = invoices;
        this.customers = customers;
        this.ledger = ledger;
        this.history = history;
        this.clock = clock;
    }

    /** What "Check what is owed" found, and what the process needs to go on. */
    record Check(String outcome, String step, DebtorType debtorType, BigDecimal outstanding,
            boolean transferNeedsApproval, LocalDate nextStepOn, String summary) {
    }

    /**
     * Opens the case of a posted invoice, once: due date plus postal days decide when it is listed. A case a payment
     * had closed, whose payment the bank then reversed, is opened again under the new process: it goes on from the
     * step after the last one sent, after the postal days.
     */
    @Transactional
    public FollowUpCase open(long invoiceId, String processInstanceId) {
        Optional<FollowUpCase> existing = cases.findByInvoiceId(invoiceId);
        if (existing.isPresent()) {
            FollowUpCase followUp = existing.get();
            if (followUp.getStage() == FollowUpStage.PAID && !processInstanceId.equals(followUp.getProcessInstanceId())
                    && ledger.openAmountOf(invoiceId).signum() > 0) {
                reopen(followUp, processInstanceId);
            }
            return followUp;
        }
        Invoice invoice = invoices.get(invoiceId);
        FollowUpCase followUp = new FollowUpCase(invoiceId, invoice.getCustomerId(), processInstanceId, clock.now());
        LocalDate listOn = FollowUpSchedule.listOn(invoice.getDueDate(), sentOn(invoice), settings.current());
        followUp.plan(PaymentFollowUp.STEP_LIST, listOn);
        history.record(invoiceId, "FOLLOW_UP_OPENED", InvoiceHistory.SYSTEM, null,
                "Payment follow-up opened; due " + invoice.getDueDate() + ", on the follow-up list from " + listOn
                        + " if still unpaid");
        return cases.save(followUp);
    }

    /**
     * Before every step: is anything still owed, is this the listing, is the amount worth a reminder, and which
     * inputs the reminder policy gets.
     */
    @Transactional
    public Check checkWhatIsOwed(long invoiceId) {
        FollowUpCase followUp = lockCase(invoiceId);
        Invoice invoice = invoices.get(invoiceId);
        FollowUpSettings current = settings.current();
        BigDecimal outstanding = ledger.openAmountOf(invoiceId);
        DebtorType debtor = debtorType(invoice);
        if (followUp.getStage().isClosed() || outstanding.signum() <= 0) {
            if (!followUp.getStage().isClosed()) {
                followUp.close(FollowUpStage.PAID, "nothing owed on the invoice any more", clock.now());
            }
            return new Check(PaymentFollowUp.OUTCOME_SETTLED, followUp.getNextStep(), debtor, outstanding, false,
                    null, "nothing owed");
        }
        LocalDate today = clock.today();
        if (PaymentFollowUp.STEP_LIST.equals(followUp.getNextStep())) {
            followUp.moveTo(FollowUpStage.LISTED);
            LocalDate reminderOn = FollowUpSchedule.firstReminderOn(invoice.getDueDate(), sentOn(invoice), current);
            followUp.plan(FollowUpStep.REMINDER_1.name(), reminderOn);
            history.record(invoiceId, "FOLLOW_UP_LISTED", InvoiceHistory.SYSTEM, null, "Overdue: "
                    + Amounts.kr(outstanding) + " unpaid since " + invoice.getDueDate() + "; first reminder on "
                    + reminderOn);
            return new Check(PaymentFollowUp.OUTCOME_LISTED, followUp.getNextStep(), debtor, outstanding, false,
                    reminderOn, "listed");
        }
        FollowUpStep step = FollowUpStep.valueOf(followUp.getNextStep());
        if (step == FollowUpStep.TRANSFER) {
            followUp.moveTo(FollowUpStage.AWAITING_TRANSFER);
        }
        if (ReminderStepRules.belowMinimum(outstanding, current)) {
            String reason = "on hold: " + Amounts.kr(outstanding) + " outstanding is below the minimum of "
                    + Amounts.kr(current.getMinimumAmount()) + " to remind";
            followUp.pause(reason, today, InvoiceHistory.SYSTEM);
            history.record(invoiceId, "FOLLOW_UP_ON_HOLD", InvoiceHistory.SYSTEM, null, "The " + step.label()
                    + " is not sent: " + reason);
            return new Check(PaymentFollowUp.OUTCOME_HOLD, step.name(), debtor, outstanding, false,
                    followUp.getNextStepOn(), reason);
        }
        boolean approval = ReminderStepRules.transferNeedsApproval(step, current);
        String summary = "The " + step.label() + " of invoice " + invoice.getInvoiceNumber() + " to "
                + invoice.getBuyerName() + ": " + Amounts.kr(outstanding) + " outstanding, due " + invoice.getDueDate()
                + " (" + java.time.temporal.ChronoUnit.DAYS.between(invoice.getDueDate(), today) + " days overdue)";
        return new Check(PaymentFollowUp.OUTCOME_SEND, step.name(), debtor, outstanding, approval,
                followUp.getNextStepOn(), summary);
    }

    private void reopen(FollowUpCase followUp, String processInstanceId) {
        List<StepRecord> sent = steps.findByCaseIdOrderByIdAsc(followUp.getId());
        FollowUpSettings current = settings.current();
        LocalDate on = clock.today().plusDays(1L + current.getPostalDays());
        if (sent.isEmpty()) {
            followUp.reopen(processInstanceId, FollowUpStage.LISTED, FollowUpStep.REMINDER_1.name(), on);
        } else {
            StepRecord last = sent.get(sent.size() - 1);
            FollowUpStep next = FollowUpSchedule.following(last.getStep(), current);
            followUp.reopen(processInstanceId, FollowUpStage.valueOf(last.getStep().name()),
                    next == null ? null : next.name(), on);
        }
        history.record(followUp.getInvoiceId(), "FOLLOW_UP_REOPENED", InvoiceHistory.SYSTEM, null,
                "The payment that had settled the invoice was reversed; the follow-up goes on with the "
                        + label(followUp.getNextStep()) + " on " + on);
    }

    /** A clerk chose not to send the step now: the case waits, paused, until someone resumes it. */
    @Transactional
    public void hold(long invoiceId, String reason, String user) {
        FollowUpCase followUp = lockCase(invoiceId);
        followUp.pause(reason, clock.today(), user);
        history.record(invoiceId, "FOLLOW_UP_ON_HOLD", user, null, "The " + label(followUp.getNextStep())
                + " is held back: " + reason);
    }

    /** Where the case resumes after a pause: its next step, moved by the days it was paused. */
    @Transactional(readOnly = true)
    public LocalDate nextStepOn(long invoiceId) {
        FollowUpCase followUp = caseOf(invoiceId);
        LocalDate today = clock.today();
        return followUp.getNextStepOn() == null || followUp.getNextStepOn().isBefore(today) ? today
                : followUp.getNextStepOn();
    }

    /** Nothing is owed any more (paid, credited, written off): the case closes. */
    @Transactional
    public void close(long invoiceId, FollowUpStage stage, String reason) {
        FollowUpCase followUp = cases.lockByInvoiceId(invoiceId).orElse(null);
        if (followUp == null) {
            history.record(invoiceId, "FOLLOW_UP_CLOSED", InvoiceHistory.SYSTEM, null,
                    stage.name().toLowerCase().replace('_', ' ') + " before the follow-up case was opened: " + reason);
            return;
        }
        if (followUp.getStage().isClosed()) {
            return;
        }
        followUp.close(stage, reason, clock.now());
        history.record(invoiceId, "FOLLOW_UP_CLOSED", InvoiceHistory.SYSTEM, null,
                stage.name().toLowerCase().replace('_', ' ') + ": " + reason);
    }

    @Transactional(readOnly = true)
    public FollowUpCase caseOf(long invoiceId) {
        return cases.findByInvoiceId(invoiceId)
                .orElseThrow(() -> new NotFoundException("Follow-up of invoice", invoiceId));
    }

    @Transactional(readOnly = true)
    public Optional<FollowUpCase> findCase(long invoiceId) {
        return cases.findByInvoiceId(invoiceId);
    }

    @Transactional(readOnly = true)
    public List<StepRecord> stepsOf(long invoiceId) {
        return cases.findByInvoiceId(invoiceId).map(c -> steps.findByCaseIdOrderByIdAsc(c.getId()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<FollowUpNote> notesOf(long invoiceId) {
        return cases.findByInvoiceId(invoiceId).map(c -> notes.findByCaseIdOrderByIdAsc(c.getId()))
                .orElse(List.of());
    }

    FollowUpCase lockCase(long invoiceId) {
        return cases.lockByInvoiceId(invoiceId)
                .orElseThrow(() -> new NotFoundException("Follow-up of invoice", invoiceId));
    }

    /** The day the invoice was posted and sent, in Oslo (its invoice date may be earlier). */
    static LocalDate sentOn(Invoice invoice) {
        return invoice.getPostedAt() == null ? invoice.getInvoiceDate()
                : LocalDate.ofInstant(invoice.getPostedAt(), OsloClock.OSLO);
    }

    DebtorType debtorType(Invoice invoice) {
        return customers.get(invoice.getCustomerId()).getCustomerType() == CustomerType.BUSINESS
                ? DebtorType.BUSINESS : DebtorType.CONSUMER;
    }

    static String label(String step) {
        if (step == null) {
            return "next step";
        }
        return PaymentFollowUp.STEP_LIST.equals(step) ? "listing" : FollowUpStep.valueOf(step).label();
    }
}
