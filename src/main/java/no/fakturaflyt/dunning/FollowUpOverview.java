package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.dunning.interest.InterestNoteService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The follow-up list as a clerk reads it: open cases per stage, with days overdue and what is owed. */
@Component
class FollowUpOverview {

    /** The stages a clerk works on: overdue and not yet settled. */
    static final EnumSet<FollowUpStage> ACTIVE = EnumSet.of(FollowUpStage.LISTED, FollowUpStage.REMINDER_1,
            FollowUpStage.REMINDER_2, FollowUpStage.COLLECTION_NOTICE, FollowUpStage.AWAITING_TRANSFER,
            FollowUpStage.TRANSFERRED);

    record Row(long invoiceId, Long invoiceNumber, String customerName, FollowUpStage stage, LocalDate dueDate,
            long daysOverdue, BigDecimal outstanding, BigDecimal feesOpen, String nextStep, LocalDate nextStepOn,
            boolean paused, String pauseReason) {
    }

    record Stage(FollowUpStage stage, int count, BigDecimal outstanding, List<Row> invoices) {
    }

    /** A customer's late interest not yet billed, and whether it has reached the interest-note threshold. */
    record InterestNote(long customerId, String customerName, BigDecimal unbilledInterest, BigDecimal threshold,
            boolean ready) {
    }

    /** The stages a clerk asked for, and the interest notes waiting or ready. */
    record Overview(List<Stage> stages, List<InterestNote> interestNotes) {
    }

    private final FollowUpCaseRepository cases;
    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final OsloClock clock;
    private final InterestNoteService interestNotes;

    FollowUpOverview(FollowUpCaseRepository cases, InvoiceService invoices, LedgerService ledger, OsloClock clock,
            InterestNoteService interestNotes) {
        this.interestNotes = interestNotes;
        this.cases = cases;
        this.invoices = invoices;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview(EnumSet<FollowUpStage> wanted) {
        return new Overview(stages(wanted), interestNotes.unbilled().stream()
                .map(c -> new InterestNote(c.customerId(), c.customerName(), c.sum(), c.threshold(), c.ready()))
                .toList());
    }

    @Transactional(readOnly = true)
    public List<Stage> stages(EnumSet<FollowUpStage> wanted) {
        Map<FollowUpStage, List<Row>> rows = new EnumMap<>(FollowUpStage.class);
        for (FollowUpCase followUp : cases.findByStageInOrderByInvoiceIdAsc(wanted)) {
            rows.computeIfAbsent(followUp.getStage(), s -> new java.util.ArrayList<>()).add(row(followUp));
        }
        return wanted.stream().map(stage -> {
            List<Row> list = rows.getOrDefault(stage, List.of());
            BigDecimal sum = list.stream().map(Row::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Stage(stage, list.size(), sum, list);
        }).toList();
    }

    @Transactional(readOnly = true)
    public Row row(FollowUpCase followUp) {
        Invoice invoice = invoices.get(followUp.getInvoiceId());
        List<OpenItem> items = ledger.itemsConcerning(followUp.getInvoiceId());
        BigDecimal outstanding = sum(items, OpenItemType.INVOICE);
        BigDecimal fees = sum(items, OpenItemType.REMINDER_FEE);
        long overdue = Math.max(0, ChronoUnit.DAYS.between(invoice.getDueDate(), clock.today()));
        return new Row(followUp.getInvoiceId(), invoice.getInvoiceNumber(), invoice.getBuyerName(),
                followUp.getStage(), invoice.getDueDate(), overdue, outstanding, fees, followUp.getNextStep(),
                followUp.getNextStepOn(), followUp.isPaused(), followUp.getPauseReason());
    }

    private static BigDecimal sum(List<OpenItem> items, OpenItemType type) {
        return items.stream().filter(i -> i.getItemType() == type).map(OpenItem::getOpenAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
