package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.FollowUpLetter;
import no.fakturaflyt.document.ReminderDocument;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherRequest;
import no.fakturaflyt.numbering.NumberingAtCommit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares one reminder or collection notice: the fee the law allows of what the policy asks, the deadline, the fee
 * posted as an open item of its own (debit 1500, credit 3900), the PDF, and the next step's date. One transaction,
 * once per case and step: a retried job finds the step it wrote and charges nothing again.
 */
@Service
class ReminderStepService {

    static final String FEE_SOURCE = "FOLLOW_UP_FEE";
    static final int FEE_ACCOUNT = 3900;

    private final FollowUpService followUps;
    private final StepRecordRepository steps;
    private final FollowUpSettingsService settings;
    private final ReminderStepRules stepRules;
    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final DocumentService documents;
    private final InvoiceHistory history;
    private final OsloClock clock;
    private final NumberingAtCommit numberingAtCommit;

    ReminderStepService(FollowUpService followUps, StepRecordRepository steps, FollowUpSettingsService settings,
            ReminderFeeRules feeRules, InvoiceService invoices, LedgerService ledger, DocumentService documents,
            InvoiceHistory history, OsloClock clock, NumberingAtCommit numberingAtCommit) {
        this.followUps = followUps;
        this.steps = steps;
        this.settings = settings;
        this.stepRules = new ReminderStepRules(feeRules);
        this.invoices = invoices;
        this.ledger = ledger;
        this.documents = documents;
        this.history = history;
        this.clock = clock;
        this.numberingAtCommit = numberingAtCommit;
    }

    /** The prepared step: the document to send and when the case's next step is due. */
    record Prepared(StepRecord record, long documentId, LocalDate nextStepOn) {
    }

    @Transactional
    public Prepared prepare(long invoiceId, BigDecimal policyFee, int policyDays, String approvedBy) {
        FollowUpCase followUp = followUps.lockCase(invoiceId);
        FollowUpStep step = FollowUpStep.valueOf(followUp.getNextStep());
        if (!step.mayCarryFee()) {
            throw new IllegalStateException("The " + step.label() + " is not a reminder or notice");
        }
        Optional<StepRecord> earlier = steps.findByCaseIdAndStep(followUp.getId(), step);
        if (earlier.isPresent()) {
            return new Prepared(earlier.get(), earlier.get().getDocumentId(), followUp.getNextStepOn());
        }
        Invoice invoice = invoices.get(invoiceId);
        FollowUpSettings current = settings.current();
        LocalDate sentOn = clock.today();
        BigDecimal outstanding = ledger.openAmountOf(invoiceId);
        DebtorType debtor = followUps.debtorType(invoice);
        List<StepRecord> before = steps.findByCaseIdOrderByIdAsc(followUp.getId());

        ReminderStepRules.Plan plan = stepRules.plan(new ReminderStepRules.Facts(step, invoice.getDueDate(), sentOn,
                debtor, before.stream().map(ReminderStepRules.SentStep::of).toList(), policyFee, policyDays, current));
        FeeDecision fee = plan.fee();
        Deadline deadline = plan.deadline();
        List<String> reasons = plan.reasons();

        StepRecord record = steps.save(new StepRecord(followUp.getId(), step, sentOn, deadline.payBy(), outstanding,
                Money.ore(policyFee), fee.amount(), fee.cap().amount(), String.join("\n", reasons), approvedBy,
                clock.now()));
        StoredDocument document = documents.renderFollowUpDocument(invoiceId, step.name(),
                letter(invoice, step, sentOn, deadline, fee, debtor, current));
        record.attach(document.getId(), null);
        if (fee.charged()) {
            LocalDate payBy = deadline.payBy();
            // the fee's voucher as the transaction's last work: its gap-free number locks the voucher series until
            // the commit, and the rendering and the distribution run this job starts would otherwise hold every other
            // reminder, invoice and payment up behind that lock (issue 17)
            numberingAtCommit.beforeCommit(() -> record.attach(document.getId(),
                    postFee(invoice, record, step, sentOn, payBy, fee.amount()).getId()));
        }

        FollowUpStep next = plan.next();
        LocalDate nextOn = plan.nextOn();
        followUp.moveTo(FollowUpStage.valueOf(step.name()));
        followUp.plan(next.name(), nextOn);
        history.record(invoiceId, step.name() + "_PREPARED", approvedBy == null ? InvoiceHistory.SYSTEM : approvedBy,
                null, "The " + step.label() + ": " + Amounts.kr(outstanding) + " outstanding, fee "
                        + Amounts.kr(fee.amount()) + ", pay by " + deadline.payBy() + ". " + String.join("; ", reasons));
        return new Prepared(record, document.getId(), nextOn);
    }

    private Voucher postFee(Invoice invoice, StepRecord record, FollowUpStep step, LocalDate sentOn, LocalDate payBy,
            BigDecimal fee) {
        String text = (step == FollowUpStep.COLLECTION_NOTICE ? "Inkassovarselgebyr" : "Purregebyr") + " faktura "
                + invoice.getInvoiceNumber();
        Voucher voucher = ledger.post(new VoucherRequest(sentOn, text, FEE_SOURCE, record.getId(),
                InvoiceHistory.SYSTEM, List.of(
                        PostingLine.debit(LedgerService.RECEIVABLES_ACCOUNT, fee, null, invoice.getCustomerId(), text),
                        PostingLine.credit(FEE_ACCOUNT, fee, null, null, text))));
        ledger.openFeeItem(invoice.getId(), step.name(), sentOn, payBy, fee);
        return voucher;
    }

    private FollowUpLetter letter(Invoice invoice, FollowUpStep step, LocalDate sentOn, Deadline deadline,
            FeeDecision fee, DebtorType debtor, FollowUpSettings current) {
        List<ReminderDocument.Item> items = new ArrayList<>();
        List<OpenItem> owed = current.getDocumentStyle() == FollowUpSettings.DocumentStyle.BALANCE_LIST
                ? ledger.openItemsOf(invoice.getCustomerId()) : ledger.itemsConcerning(invoice.getId());
        for (OpenItem item : owed) {
            boolean thisFee = item.getItemType() == OpenItemType.REMINDER_FEE
                    && item.getConcernsInvoiceId() == invoice.getId() && step.name().equals(item.getReference());
            boolean overdue = item.getDueDate().isBefore(sentOn) || item.getConcernsInvoiceId() == invoice.getId();
            if (item.getOpenAmount().signum() > 0 && overdue && !thisFee) {
                items.add(item(item, invoice.getLanguage()));
            }
        }
        BigDecimal total = items.stream().map(ReminderDocument.Item::outstanding).reduce(BigDecimal.ZERO,
                BigDecimal::add).add(fee.amount());
        boolean single = current.getDocumentStyle() == FollowUpSettings.DocumentStyle.INVOICE_COPY;
        return new FollowUpLetter(step == FollowUpStep.COLLECTION_NOTICE ? ReminderDocument.Kind.COLLECTION_NOTICE
                : ReminderDocument.Kind.REMINDER, step == FollowUpStep.REMINDER_2 ? 2 : 1, sentOn, deadline.payBy(),
                items, fee.amount(), null, Money.ore(total), single ? invoice.getKid() : null,
                debtor == DebtorType.BUSINESS, single);
    }

    private static ReminderDocument.Item item(OpenItem item, String language) {
        String number = String.valueOf(item.getInvoiceNumber());
        if (item.getItemType() == OpenItemType.REMINDER_FEE) {
            number += "en".equals(language) ? " (reminder fee)" : " (gebyr)";
        }
        return new ReminderDocument.Item(number, item.getInvoiceDate(), item.getDueDate(), item.getOriginalAmount(),
                item.getOpenAmount());
    }
}
