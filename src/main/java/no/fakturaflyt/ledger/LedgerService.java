package no.fakturaflyt.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.numbering.NumberSeriesService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The general ledger and the customers' open items. */
@Service
public class LedgerService {

    public static final int RECEIVABLES_ACCOUNT = 1500;
    public static final int ROUNDING_ACCOUNT = 7740;
    static final String VOUCHER_SERIES = "VOUCHER";

    private final VoucherRepository vouchers;
    private final OpenItemRepository openItems;
    private final OpenItemReductionRepository reductions;
    private final DatedBalances datedBalances;
    private final ChartOfAccounts chart;
    private final FiscalCalendar calendar;
    private final CreditMovementRepository creditMovements;
    private final VatCodeRepository vatCodes;
    private final NumberSeriesService numberSeries;
    private final OsloClock clock;

    LedgerService(VoucherRepository vouchers, OpenItemRepository openItems, OpenItemReductionRepository reductions,
            DatedBalances datedBalances, ChartOfAccounts chart, FiscalCalendar calendar,
            CreditMovementRepository creditMovements, VatCodeRepository vatCodes,
            NumberSeriesService numberSeries, OsloClock clock) {
        this.creditMovements = creditMovements;
        this.vouchers = vouchers;
        this.openItems = openItems;
        this.reductions = reductions;
        this.datedBalances = datedBalances;
        this.chart = chart;
        this.calendar = calendar;
        this.vatCodes = vatCodes;
        this.numberSeries = numberSeries;
        this.clock = clock;
    }

    /**
     * Posts a balanced voucher, once per source: asked again for the same source, it returns the voucher posted
     * before. Runs in the caller's transaction, so the voucher commits or rolls back with what it books. The one
     * door into the ledger: the voucher goes into the open period of its date (or, for a document from outside, the
     * first open period after a closed one; {@link FiscalCalendar}) and every line onto the company's account for
     * the account asked for ({@link ChartOfAccounts}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Voucher post(VoucherRequest request) {
        Optional<Voucher> earlier = vouchers.findBySourceTypeAndSourceId(request.sourceType(), request.sourceId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        FiscalPlacement placement = calendar.placeForPosting(request.date(), request.dateRule());
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        List<VoucherLine> lines = new ArrayList<>();
        for (PostingLine line : request.lines()) {
            int account = chart.postingAccount(line.accountNumber());
            if (line.debit().signum() == 0 && line.credit().signum() == 0) {
                continue;
            }
            debit = debit.add(line.debit());
            credit = credit.add(line.credit());
            lines.add(new VoucherLine(lines.size() + 1, account, line));
        }
        if (debit.compareTo(credit) != 0) {
            throw new IllegalStateException("Voucher for " + request.sourceType() + " " + request.sourceId()
                    + " does not balance: debit " + debit + " ≠ credit " + credit);
        }
        Voucher voucher = new Voucher(numberSeries.next(VOUCHER_SERIES), placement, request.date(),
                request.description(), request.sourceType(), request.sourceId(), clock.now(), request.postedBy(), lines);
        return vouchers.save(voucher);
    }

    /**
     * Refuses (409, as the posting itself would) a document the company is about to issue dated in a closed period,
     * so that the clerk hears it when sending, not the process when posting.
     */
    @Transactional(readOnly = true)
    public void requireOpenPeriod(LocalDate documentDate) {
        calendar.place(documentDate, PostingDateRule.OWN_DOCUMENT);
    }

    /** Opens the receivable of a posted invoice (once per invoice). */
    @Transactional(propagation = Propagation.MANDATORY)
    public OpenItem openItem(long customerId, long invoiceId, long invoiceNumber, String kid, LocalDate invoiceDate,
            LocalDate dueDate, BigDecimal amount) {
        return openItems.findByInvoiceId(invoiceId).orElseGet(() -> openItems.save(
                new OpenItem(customerId, invoiceId, invoiceNumber, kid, invoiceDate, dueDate, amount)));
    }

    /**
     * Lowers an invoice's own open item, e.g. by a credit note; it never goes below zero. The reduction is kept with
     * its cause and date, so that the item can be told as it stood on an earlier day.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OpenItem reduceOpenItem(long invoiceId, BigDecimal amount, ReductionCause cause) {
        OpenItem item = openItems.findByInvoiceId(invoiceId)
                .orElseThrow(() -> new NotFoundException("Open item of invoice", invoiceId));
        if (amount.compareTo(item.getOpenAmount()) > 0) {
            throw new ConflictException("The credit of " + amount + " exceeds the open amount " + item.getOpenAmount()
                    + " of invoice " + item.getInvoiceNumber());
        }
        return reduce(item, amount, cause);
    }

    /**
     * A credit note on an invoice: lowers what is open on the invoice's own item by as much of {@code total} as is
     * open, and keeps the rest, if any, as the customer's credit (kundens tilgode): the credit note's voucher credited
     * 1500 with the whole total, so the rest stands on 1500 as a credit under the customer. Returns that rest.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal creditInvoice(long invoiceId, BigDecimal total, ReductionCause cause, long voucherId,
            String createdBy) {
        OpenItem item = openItems.findByInvoiceId(invoiceId)
                .orElseThrow(() -> new NotFoundException("Open item of invoice", invoiceId));
        BigDecimal reduced = total.min(item.getOpenAmount()).max(BigDecimal.ZERO);
        reduce(item, reduced, cause);
        BigDecimal rest = total.subtract(reduced);
        if (rest.signum() > 0) {
            CreditMovement movement = creditMovements.save(new CreditMovement(new CreditMovementRequest(
                    item.getCustomerId(), CreditMovementKind.CREDIT_NOTE, cause.date(), rest, invoiceId,
                    cause.sourceType(), cause.sourceId(), null, null, createdBy), clock.now()));
            movement.booked(voucherId);
        }
        return rest;
    }

    /**
     * Records the use of part of a customer's credit (a refund or a set-off), in the caller's transaction; the caller
     * books it afterwards with {@link #bookCredit}. Whether the customer has that much credit is the caller's to
     * check, under the customer's lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CreditMovement useCredit(CreditMovementRequest request) {
        if (request.kind() == CreditMovementKind.CREDIT_NOTE || request.sourceId() != null) {
            throw new IllegalArgumentException("Only a refund or set-off uses the credit, as its own source");
        }
        return creditMovements.saveAndFlush(new CreditMovement(request, clock.now()));
    }

    /** Posts the voucher of a refund or set-off, its own source ({@code sourceType} + the movement's id). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Voucher bookCredit(CreditMovement movement, String text, List<PostingLine> lines) {
        Voucher voucher = post(new VoucherRequest(movement.getMovedOn(), text, movement.getSourceType(),
                movement.getId(), movement.getCreatedBy(), lines));
        movement.booked(voucher.getId());
        return voucher;
    }

    /** The customer's credit movements (credit note rests, refunds, set-offs), oldest first. */
    @Transactional(readOnly = true)
    public List<CreditMovement> creditMovementsOf(long customerId) {
        return creditMovements.findByCustomerIdOrderByMovedOnAscIdAsc(customerId);
    }

    /** Per customer, the signed sum of the credit movements dated up to {@code asOf} (one query). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, BigDecimal> creditMovedPerCustomer(LocalDate asOf) {
        java.util.Map<Long, BigDecimal> sums = new java.util.HashMap<>();
        for (Object[] row : creditMovements.sumPerCustomer(asOf)) {
            sums.put((Long) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }

    /**
     * Opens the fee a reminder or notice claimed on an invoice as an item of its own, once per invoice and
     * {@code reference} (the step): asked again, it returns the item opened before. Same KID and number as the
     * invoice, so that a payment of the reminder's total finds both.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OpenItem openFeeItem(long invoiceId, String reference, LocalDate date, LocalDate dueDate,
            BigDecimal amount) {
        OpenItem invoiceItem = openItems.findByInvoiceId(invoiceId)
                .orElseThrow(() -> new NotFoundException("Open item of invoice", invoiceId));
        return openItems.findByItemTypeAndConcernsInvoiceIdAndReference(OpenItemType.REMINDER_FEE, invoiceId, reference)
                .orElseGet(() -> openItems.save(new OpenItem(OpenItemType.REMINDER_FEE, reference,
                        invoiceItem.getCustomerId(), invoiceId, invoiceItem.getInvoiceNumber(), invoiceItem.getKid(),
                        date, dueDate, amount)));
    }

    /** Lowers one open item (a payment, a write-off); it never goes below zero. Kept dated, as above. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OpenItem reduceItem(long openItemId, BigDecimal amount, ReductionCause cause) {
        OpenItem item = openItems.findById(openItemId)
                .orElseThrow(() -> new NotFoundException("Open item", openItemId));
        if (amount.signum() < 0 || amount.compareTo(item.getOpenAmount()) > 0) {
            throw new ConflictException("Cannot reduce open item " + openItemId + " of invoice "
                    + item.getInvoiceNumber() + " by " + amount + ": " + item.getOpenAmount() + " is open");
        }
        return reduce(item, amount, cause);
    }

    private OpenItem reduce(OpenItem item, BigDecimal amount, ReductionCause cause) {
        item.reduceBy(amount);
        if (amount.signum() > 0) {
            reductions.save(new OpenItemReduction(item, amount, cause, clock.now()));
        }
        return item;
    }

    /**
     * Gives back to an item what a reversed payment took from it; never above the item's original amount. Kept as a
     * negative reduction dated by the reversal, so the account as of an earlier day still shows the payment.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OpenItem restoreItem(long openItemId, BigDecimal amount, ReductionCause cause) {
        OpenItem item = openItems.findById(openItemId)
                .orElseThrow(() -> new NotFoundException("Open item", openItemId));
        if (amount.signum() < 0 || item.getOpenAmount().add(amount).compareTo(item.getOriginalAmount()) > 0) {
            throw new ConflictException("Cannot give back " + amount + " to open item " + openItemId + " of invoice "
                    + item.getInvoiceNumber() + ": " + item.getOpenAmount() + " of " + item.getOriginalAmount()
                    + " is open");
        }
        item.reduceBy(amount.negate());
        if (amount.signum() > 0) {
            reductions.save(new OpenItemReduction(item, amount.negate(), cause, clock.now()));
        }
        return item;
    }

    /** Invoices' own items with exactly this much open, oldest due first: suggestions for an unmatched payment. */
    @Transactional(readOnly = true)
    public List<OpenItem> openInvoiceItemsOf(BigDecimal openAmount) {
        return openItems.findByOpenAmountOrderByDueDateAsc(openAmount).stream()
                .filter(item -> item.getItemType() == OpenItemType.INVOICE).toList();
    }

    /** Invoices' own items still open that fall due between two days: suggestions by date. */
    @Transactional(readOnly = true)
    public List<OpenItem> openInvoiceItemsDueBetween(LocalDate from, LocalDate to) {
        return openItems.findByItemTypeAndOpenAmountGreaterThanAndDueDateBetweenOrderByDueDateAsc(OpenItemType.INVOICE,
                BigDecimal.ZERO, from, to);
    }

    /** Every item with this KID (an invoice's and the fees claimed on it carry the invoice's KID). */
    @Transactional(readOnly = true)
    public List<OpenItem> itemsWithKid(String kid) {
        return openItems.findByKidOrderByIdAsc(kid);
    }

    /** Every dated reduction of the customer's items, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenItemReduction> reductionsOf(long customerId) {
        return reductions.findByCustomerIdOrderByReducedOnAscIdAsc(customerId);
    }

    /**
     * What every customer had open at the end of {@code asOf}, summed per due date: items dated after that day left
     * out, reductions dated after it not yet made. One query, whatever the number of items.
     */
    @Transactional(readOnly = true)
    public List<OpenAmountByDueDate> openAmountsByDueDate(LocalDate asOf) {
        return datedBalances.openAmountsByDueDate(asOf);
    }

    /**
     * Per customer, what reductions of one kind had taken off items that existed by the end of {@code asOf} (e.g. how
     * much of the payments made by then had gone to items, the rest being the customer's credit).
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, BigDecimal> reducedPerCustomer(ReductionKind kind, LocalDate asOf) {
        return datedBalances.reducedPerCustomer(kind, asOf);
    }

    /** The invoice's own item and every fee claimed on it, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenItem> itemsConcerning(long invoiceId) {
        return openItems.findByConcernsInvoiceIdOrderByIdAsc(invoiceId);
    }

    /** What reductions of the given kinds took off the invoice's own item so far; zero when it has no item. */
    @Transactional(readOnly = true)
    public BigDecimal reducedBy(long invoiceId, java.util.Set<ReductionKind> kinds) {
        return openItems.findByInvoiceId(invoiceId).map(item -> reductions.findByOpenItemId(item.getId()).stream()
                        .filter(r -> kinds.contains(r.getKind())).map(OpenItemReduction::getAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .orElse(BigDecimal.ZERO);
    }

    /** What is still open on the invoice itself (its fees not counted); zero when it has no item. */
    @Transactional(readOnly = true)
    public BigDecimal openAmountOf(long invoiceId) {
        return openItems.findByInvoiceId(invoiceId).map(OpenItem::getOpenAmount).orElse(BigDecimal.ZERO);
    }

    /** The invoice's own open item (not its fees). */
    @Transactional(readOnly = true)
    public Optional<OpenItem> findOpenItem(long invoiceId) {
        return openItems.findByInvoiceId(invoiceId);
    }

    @Transactional(readOnly = true)
    public List<OpenItem> openItemsOf(long customerId) {
        return openItems.findByCustomerIdOrderByDueDateAsc(customerId);
    }

    @Transactional(readOnly = true)
    public VatCode vatCode(String code) {
        return vatCodes.findById(code).orElseThrow(() -> new InvalidInputException("vatCode",
                "VAT code '" + code + "' is unknown; known codes: " + vatCodes.findAll().stream()
                        .map(VatCode::getCode).sorted().toList(), "errors.unknownVatCode", code));
    }

    @Transactional(readOnly = true)
    public List<VatCode> vatCodes() {
        return vatCodes.findAll();
    }

    @Transactional(readOnly = true)
    public boolean accountExists(int accountNumber) {
        return chart.canPostTo(accountNumber);
    }

    /** The company's chart: the accounts it posts to. */
    @Transactional(readOnly = true)
    public List<Account> chartOfAccounts() {
        return chart.accounts();
    }

    @Transactional(readOnly = true)
    public Voucher voucher(long id) {
        return vouchers.findById(id).orElseThrow(() -> new NotFoundException("Voucher", id));
    }

    @Transactional(readOnly = true)
    public Optional<Voucher> voucherFor(String sourceType, long sourceId) {
        return vouchers.findBySourceTypeAndSourceId(sourceType, sourceId);
    }

    @Transactional(readOnly = true)
    public List<Voucher> vouchers() {
        return vouchers.findAllByOrderByVoucherNumberAsc();
    }

    /** The vouchers posted on days from {@code from} to {@code to}, in number order. */
    @Transactional(readOnly = true)
    public List<Voucher> vouchersBetween(LocalDate from, LocalDate to) {
        return vouchers.findByVoucherDateBetweenOrderByVoucherNumberAsc(from, to);
    }
}
